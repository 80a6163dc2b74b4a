package eu.intercluster.agendas;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Participants' agendas as printable A4 PDF: the event, the participant, and one row per published
 * meeting in time order with its local date and time in the event's zone (the zone is named), the
 * table, the partner, their organisation and e-mail. Does not check access.
 */
@Service
public class AgendaPdf {

  private final EventDirectory events;
  private final Agendas agendas;
  private final MessageSource messages;

  AgendaPdf(EventDirectory events, Agendas agendas, MessageSource messages) {
    this.events = events;
    this.agendas = agendas;
    this.messages = messages;
  }

  /** One participant's agenda. */
  public byte[] agenda(long participantId, Locale locale) {
    ParticipantView participant = events.participant(participantId);
    EventView event = events.event(participant.eventId());
    PdfKit kit = new PdfKit();
    return kit.write(event.title(), document -> page(document, kit, event, participant, locale));
  }

  /** The agendas of every validated participant of the event, one per page, for printing. */
  public byte[] agendas(long eventId, Locale locale) {
    EventView event = events.event(eventId);
    List<ParticipantView> validated = events.participants(eventId).stream()
        .filter(p -> p.status() == ParticipantStatus.VALIDATED).toList();
    PdfKit kit = new PdfKit();
    return kit.write(event.title(), document -> {
      if (validated.isEmpty()) {
        document.add(kit.paragraph(event.title(), kit.title));
        document.add(kit.paragraph(text("agendas.pdf.noParticipants", locale), kit.text));
      }
      for (int i = 0; i < validated.size(); i++) {
        if (i > 0) {
          document.newPage();
        }
        page(document, kit, event, validated.get(i), locale);
      }
    });
  }

  private void page(Document document, PdfKit kit, EventView event, ParticipantView participant, Locale locale) {
    document.add(kit.paragraph(event.title(), kit.title));
    document.add(kit.paragraph(event.venue(), kit.text));
    document.add(kit.paragraph(text("agendas.pdf.agendaOf", locale) + " " + participant.fullName()
        + (participant.organisationName() == null ? "" : " — " + participant.organisationName()), kit.heading));
    document.add(kit.paragraph(text("agendas.pdf.times", locale, event.zone().getId()), kit.small));
    List<AgendaLine> lines = agendas.lines(participant);
    if (lines.isEmpty()) {
      document.add(kit.paragraph(text("agendas.pdf.none", locale), kit.text));
      return;
    }
    PdfPTable table = kit.table(3.2f, 1.3f, 4.5f, 3.5f);
    kit.header(table, text("agendas.pdf.when", locale), text("agendas.pdf.table", locale),
        text("agendas.pdf.partner", locale), text("agendas.pdf.contact", locale));
    for (AgendaLine line : lines) {
      kit.cell(table, true, PdfKit.hours(line.start(), line.end()), PdfKit.date(line.start(), locale));
      kit.cell(table, true, line.meeting().table() == null ? "–" : String.valueOf(line.meeting().table()));
      kit.cell(table, true, line.partner().fullName(), line.partner().jobTitle(), line.partner().organisationName(),
          line.partner().country());
      kit.cell(table, false, line.partner().email());
    }
    document.add(table);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
