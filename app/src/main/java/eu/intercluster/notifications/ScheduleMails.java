package eu.intercluster.notifications;

import static eu.intercluster.notifications.NotificationKind.MEETING_CANCELLED;
import static eu.intercluster.notifications.NotificationKind.SCHEDULE_CHANGED;
import static eu.intercluster.notifications.NotificationKind.SCHEDULE_PUBLISHED;

import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingCancelled;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.ScheduleChanged;
import eu.intercluster.meetings.SchedulePublished;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mails about agendas: the schedule published, changed, and a meeting cancelled. */
@Component
class ScheduleMails {

  private static final Logger log = LoggerFactory.getLogger(ScheduleMails.class);

  private final Notifier notifier;
  private final AgendaMails agendas;
  private final MeetingBook meetings;

  ScheduleMails(Notifier notifier, AgendaMails agendas, MeetingBook meetings) {
    this.notifier = notifier;
    this.agendas = agendas;
    this.meetings = meetings;
  }

  @AfterCommitListener
  void on(SchedulePublished published) {
    for (long participantId : inOrder(published.participantIds())) {
      notifier.send(SCHEDULE_PUBLISHED, published.eventId(), participantId, 0,
          r -> agendas.agendaMail(r, "schedulePublished"));
    }
  }

  @AfterCommitListener
  void on(ScheduleChanged changed) {
    for (long participantId : inOrder(changed.participantIds())) {
      notifier.send(SCHEDULE_CHANGED, changed.eventId(), participantId, 0,
          r -> agendas.agendaMail(r, "scheduleChanged"));
    }
  }

  @AfterCommitListener
  void on(MeetingCancelled cancelled) {
    MeetingView meeting = meeting(cancelled.meetingId());
    for (long participantId : new long[] {cancelled.requesterId(), cancelled.partnerId()}) {
      long otherId = participantId == cancelled.requesterId() ? cancelled.partnerId() : cancelled.requesterId();
      notifier.send(MEETING_CANCELLED, cancelled.eventId(), participantId, cancelled.meetingId(), r -> {
        String other = notifier.nameOf(otherId, r);
        MailContent.Builder mail = MailContent.subject(r.text("cancelled.subject", r.event().title(), other))
            .paragraph(r.text("cancelled.body", r.event().title(), other));
        if (meeting != null && meeting.published() && meeting.start() != null) {
          mail.paragraph(r.text("cancelled.time", r.dayAndTime(meeting.start())));
        }
        return mail.link(r.agendaPage()).build();
      });
    }
  }

  private MeetingView meeting(long meetingId) {
    try {
      return meetings.meeting(meetingId);
    } catch (RuntimeException e) {
      log.debug("Cancelled meeting {} not found: {}", meetingId, e.getMessage());
      return null;
    }
  }

  private static Set<Long> inOrder(Set<Long> ids) {
    return ids == null ? Set.of() : new TreeSet<>(ids);
  }
}
