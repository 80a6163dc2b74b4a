package eu.intercluster.outcomes.web;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.Attendance;
import eu.intercluster.outcomes.CheckIns;
import eu.intercluster.outcomes.MeetingOutcomes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The venue page for the organiser's staff, made for a phone: validated participants with a
 * check-in button and a search, and the day's meetings by slot with Held / No-show buttons. Every
 * button works through htmx (the row is replaced) and as a plain form post.
 */
@Controller
@RequestMapping("/events/{eventId}/checkin")
class CheckinController {

  private final EventDirectory events;
  private final CheckIns checkIns;
  private final MeetingOutcomes outcomes;
  private final DayPlan plan;
  private final EventGuard guard;

  CheckinController(EventDirectory events, CheckIns checkIns, MeetingOutcomes outcomes, DayPlan plan,
      EventGuard guard) {
    this.events = events;
    this.checkIns = checkIns;
    this.outcomes = outcomes;
    this.plan = plan;
    this.guard = guard;
  }

  @GetMapping
  String page(@PathVariable long eventId, @RequestParam(required = false) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
    EventView event = guard.organisedEvent(eventId);
    var arrived = checkIns.checkedIn(eventId);
    List<ParticipantView> validated = events.participants(eventId).stream()
        .filter(p -> p.status() == ParticipantStatus.VALIDATED).toList();
    LocalDate shown = plan.day(event, day);
    model.addAttribute("event", event);
    model.addAttribute("q", q);
    model.addAttribute("participants", validated.stream().filter(p -> matches(p, q)).toList());
    model.addAttribute("validatedCount", validated.size());
    model.addAttribute("arrived", arrived);
    model.addAttribute("arrivedCount", validated.stream().filter(p -> arrived.containsKey(p.id())).count());
    model.addAttribute("days", plan.days(event));
    model.addAttribute("day", shown);
    model.addAttribute("slots", plan.slots(event, shown));
    return "outcomes/checkin";
  }

  @PostMapping("/{participantId}")
  String checkIn(@PathVariable long eventId, @PathVariable long participantId,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
    checkIns.checkIn(eventId, participantId, guard.username());
    return participantRow(eventId, participantId, htmx, model);
  }

  @PostMapping("/{participantId}/undo")
  String undo(@PathVariable long eventId, @PathVariable long participantId,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
    checkIns.undo(eventId, participantId, guard.username());
    return participantRow(eventId, participantId, htmx, model);
  }

  @PostMapping("/meetings/{meetingId}/held")
  String held(@PathVariable long eventId, @PathVariable long meetingId,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
    return mark(eventId, meetingId, Attendance.HELD, htmx, model);
  }

  @PostMapping("/meetings/{meetingId}/no-show")
  String noShow(@PathVariable long eventId, @PathVariable long meetingId,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
    return mark(eventId, meetingId, Attendance.NO_SHOW, htmx, model);
  }

  @PostMapping("/meetings/{meetingId}/clear")
  String clear(@PathVariable long eventId, @PathVariable long meetingId,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
    return mark(eventId, meetingId, null, htmx, model);
  }

  private String mark(long eventId, long meetingId, Attendance attendance, String htmx, Model model) {
    MeetingView meeting = guard.meetingOf(eventId, meetingId);
    outcomes.markAttendance(meetingId, attendance, guard.username());
    if (!"true".equals(htmx)) {
      return "redirect:/events/" + eventId + "/checkin";
    }
    EventView event = events.event(eventId);
    model.addAttribute("event", event);
    model.addAttribute("row", plan.row(meeting, event));
    return "outcomes/checkin :: meetingRow";
  }

  private String participantRow(long eventId, long participantId, String htmx, Model model) {
    if (!"true".equals(htmx)) {
      return "redirect:/events/" + eventId + "/checkin";
    }
    model.addAttribute("event", events.event(eventId));
    model.addAttribute("p", events.participant(participantId));
    model.addAttribute("arrived", checkIns.checkedIn(eventId));
    return "outcomes/checkin :: participantRow";
  }

  private static boolean matches(ParticipantView p, String q) {
    if (q == null || q.isBlank()) {
      return true;
    }
    String haystack = fold(p.fullName() + " " + p.organisationName() + " " + p.email());
    for (String word : fold(q).split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replace('ł', 'l');
  }
}
