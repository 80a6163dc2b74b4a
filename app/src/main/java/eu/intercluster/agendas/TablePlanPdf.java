package eu.intercluster.agendas;

import com.lowagie.text.pdf.PdfPTable;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The organiser's table plan as printable A4 PDF: for each slot (local time in the event's zone) the
 * tables in use with the two participants and their organisations. Meetings not yet published are
 * included and marked, so the plan can be checked before publication. Does not check access.
 */
@Service
public class TablePlanPdf {

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final MessageSource messages;

  TablePlanPdf(EventDirectory events, MeetingBook meetings, MessageSource messages) {
    this.events = events;
    this.meetings = meetings;
    this.messages = messages;
  }

  public byte[] tablePlan(long eventId, Locale locale) {
    EventView event = events.event(eventId);
    Map<Integer, List<MeetingView>> bySlot = meetings.meetings(eventId).stream()
        .filter(m -> !m.cancelled() && m.slot() != null)
        .sorted(Comparator.comparing(MeetingView::table, Comparator.nullsLast(Comparator.naturalOrder())))
        .collect(Collectors.groupingBy(MeetingView::slot));
    Map<Long, ParticipantView> people = events.participants(eventId).stream()
        .collect(Collectors.toMap(ParticipantView::id, p -> p, (a, b) -> a));
    PdfKit kit = new PdfKit();
    return kit.write(event.title(), document -> {
      document.add(kit.paragraph(text("agendas.plan.title", locale) + " — " + event.title(), kit.title));
      document.add(kit.paragraph(event.venue(), kit.text));
      document.add(kit.paragraph(text("agendas.pdf.times", locale, event.zone().getId()), kit.small));
      if (bySlot.isEmpty()) {
        document.add(kit.paragraph(text("agendas.plan.none", locale), kit.text));
      }
      for (SlotView slot : events.slots(eventId)) {
        List<MeetingView> here = bySlot.get(slot.number());
        if (here == null) {
          continue;
        }
        ZonedDateTime start = slot.start().withZoneSameInstant(event.zone());
        ZonedDateTime end = slot.end() == null ? null : slot.end().withZoneSameInstant(event.zone());
        document.add(kit.paragraph(text("agendas.plan.slot", locale, slot.number()) + " · "
            + PdfKit.date(start, locale) + " " + PdfKit.hours(start, end)
            + (slot.sessionName() == null ? "" : " · " + slot.sessionName()), kit.heading));
        PdfPTable table = kit.table(1.2f, 5, 5);
        kit.header(table, text("agendas.pdf.table", locale), text("agendas.plan.requester", locale),
            text("agendas.plan.partner", locale));
        for (MeetingView meeting : here) {
          kit.cell(table, true, Objects.toString(meeting.table(), "–"),
              meeting.published() ? null : text("agendas.plan.draft", locale));
          person(kit, table, people.get(meeting.requesterId()));
          person(kit, table, people.get(meeting.partnerId()));
        }
        document.add(table);
      }
    });
  }

  private static void person(PdfKit kit, PdfPTable table, ParticipantView participant) {
    if (participant == null) {
      kit.cell(table, false, "?");
    } else {
      kit.cell(table, true, participant.fullName(), participant.organisationName());
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
