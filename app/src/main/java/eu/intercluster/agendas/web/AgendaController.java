package eu.intercluster.agendas.web;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.agendas.AgendaCalendar;
import eu.intercluster.agendas.AgendaPdf;
import eu.intercluster.agendas.TablePlanPdf;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Agendas as files: a participant's own PDF and iCal, an organiser's PDF of any participant, of all
 * participants and of the table plan, and the subscription feed guarded by its secret token.
 */
@Controller
class AgendaController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final EventDirectory events;
  private final UserAccounts accounts;
  private final AgendaPdf agendaPdf;
  private final TablePlanPdf tablePlan;
  private final AgendaCalendar calendar;

  AgendaController(EventDirectory events, UserAccounts accounts, AgendaPdf agendaPdf, TablePlanPdf tablePlan,
      AgendaCalendar calendar) {
    this.events = events;
    this.accounts = accounts;
    this.agendaPdf = agendaPdf;
    this.tablePlan = tablePlan;
    this.calendar = calendar;
  }

  @GetMapping("/events/{eventId}/agenda.pdf")
  ResponseEntity<byte[]> ownAgenda(@PathVariable long eventId, Locale locale) {
    ParticipantView me = ownParticipant(eventId);
    return pdf(agendaPdf.agenda(me.id(), locale), "agenda-" + eventId + "-" + me.id() + ".pdf");
  }

  @GetMapping("/events/{eventId}/participants/{participantId}/agenda.pdf")
  ResponseEntity<byte[]> participantAgenda(@PathVariable long eventId, @PathVariable long participantId,
      Locale locale) {
    String user = username();
    ParticipantView participant = events.participant(participantId);
    if (participant.eventId() != eventId) {
      throw new NotFoundException("participant", participantId);
    }
    if (!user.equals(participant.username()) && !events.isOrganiser(eventId, user)) {
      throw new AccessDeniedException("only the participant and the organisers may read this agenda");
    }
    return pdf(agendaPdf.agenda(participantId, locale), "agenda-" + eventId + "-" + participantId + ".pdf");
  }

  @GetMapping("/events/{eventId}/agendas.pdf")
  ResponseEntity<byte[]> allAgendas(@PathVariable long eventId, Locale locale) {
    requireOrganiser(eventId);
    return pdf(agendaPdf.agendas(eventId, locale), "agendas-" + eventId + ".pdf");
  }

  @GetMapping("/events/{eventId}/table-plan.pdf")
  ResponseEntity<byte[]> tablePlan(@PathVariable long eventId, Locale locale) {
    requireOrganiser(eventId);
    return pdf(tablePlan.tablePlan(eventId, locale), "table-plan-" + eventId + ".pdf");
  }

  @GetMapping("/events/{eventId}/agenda.ics")
  ResponseEntity<String> ownCalendar(@PathVariable long eventId) {
    ParticipantView me = ownParticipant(eventId);
    return ResponseEntity.ok().contentType(CALENDAR)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("agenda-" + eventId + ".ics").build().toString())
        .body(calendar.calendar(me.id()));
  }

  /** The subscription feed: calendars cannot sign in, the secret token in the URL stands for the participant. */
  @GetMapping("/events/calendar/{token}.ics")
  ResponseEntity<String> feed(@PathVariable String token) {
    ParticipantView participant = events.participantByCalendarToken(token)
        .orElseThrow(() -> new NotFoundException("calendar", "feed"));
    return ResponseEntity.ok().contentType(CALENDAR)
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
        .body(calendar.calendar(participant.id()));
  }

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<String> notFound(RuntimeException missing) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
        .body(missing instanceof NotFoundException ? missing.getMessage() : "not found");
  }

  private ParticipantView ownParticipant(long eventId) {
    events.event(eventId);
    return events.participantOf(eventId, username())
        .orElseThrow(() -> new NotFoundException("participant of event", eventId));
  }

  private void requireOrganiser(long eventId) {
    events.event(eventId);
    if (!events.isOrganiser(eventId, username())) {
      throw new AccessDeniedException("only the event's organisers may read this");
    }
  }

  private String username() {
    return accounts.signedIn().map(UserAccount::username)
        .orElseThrow(() -> new AccessDeniedException("sign in first"));
  }

  private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
        .body(body);
  }
}
