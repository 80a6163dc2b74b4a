package eu.intercluster.notifications;

import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a participant's agenda into a mail: one line per published meeting with its local time
 * in the event's zone (the zone named), table and partner, and the links to the agenda page, its
 * PDF and the calendar feed.
 */
@Component
class AgendaMails {

  private final MeetingBook meetings;
  private final Notifier notifier;

  AgendaMails(MeetingBook meetings, Notifier notifier) {
    this.meetings = meetings;
    this.notifier = notifier;
  }

  /** The participant's published meetings with a time, in time order. */
  List<MeetingView> scheduled(long participantId) {
    return meetings.agenda(participantId).stream()
        .filter(m -> m.published() && !m.cancelled() && m.start() != null)
        .sorted(Comparator.comparing(MeetingView::start))
        .toList();
  }

  /**
   * The agenda mail: texts {@code notifications.<kind>.subject} and {@code .intro} with the event
   * title as argument, the agenda, and the links.
   */
  MailContent agendaMail(Recipient recipient, String kind) {
    List<String> lines = scheduled(recipient.participant().id()).stream()
        .map(meeting -> line(recipient, meeting))
        .toList();
    MailContent.Builder mail = MailContent.subject(recipient.text(kind + ".subject", recipient.event().title()))
        .paragraph(recipient.text(kind + ".intro", recipient.event().title()))
        .agenda(recipient.text("agenda.title", recipient.event().zone().getId()), lines);
    if (lines.isEmpty()) {
      mail.note(recipient.text("agenda.empty"));
    }
    mail.link(recipient.agendaPage()).link(recipient.agendaPdf());
    if (recipient.calendarFeed() != null) {
      mail.link(recipient.calendarFeed()).note(recipient.text("agenda.calendarHint"));
    }
    return mail.build();
  }

  /** {@code Tuesday 12 May 2026, 10:30 (Europe/Rome) – 10:50, table 4: Anna Rossi (Org)}. */
  String line(Recipient recipient, MeetingView meeting) {
    String end = meeting.end() == null ? "" : " – " + recipient.clock(meeting.end());
    String partner = notifier.nameOf(meeting.partnerOf(recipient.participant().id()), recipient);
    String when = recipient.day(meeting.start()) + ", " + recipient.localTime(meeting.start()) + end;
    return meeting.table() == null
        ? recipient.text("agenda.lineNoTable", when, partner)
        : recipient.text("agenda.line", when, String.valueOf(meeting.table()), partner);
  }
}
