package eu.intercluster.meetings.web;

import eu.intercluster.meetings.MeetingSchedule;
import eu.intercluster.meetings.MoveResult;
import eu.intercluster.meetings.PublishResult;
import eu.intercluster.meetings.ScheduleOverview;
import eu.intercluster.meetings.ScheduleRunView;
import eu.intercluster.system.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's scheduling page: counts, "Run the scheduler" (a background run whose progress
 * the page polls with htmx), the proposed slot × table grid, publication, manual moves.
 */
@Controller("meetingsScheduleController")
@RequestMapping("/events/{eventId}/schedule")
class ScheduleController {

  private final MeetingSchedule schedule;
  private final SignedIn signedIn;
  private final MessageSource messages;

  ScheduleController(MeetingSchedule schedule, SignedIn signedIn, MessageSource messages) {
    this.schedule = schedule;
    this.signedIn = signedIn;
    this.messages = messages;
  }

  @GetMapping
  String page(@PathVariable long eventId, Model model) {
    ScheduleOverview overview = schedule.overview(eventId, signedIn.username());
    model.addAttribute("overview", overview);
    model.addAttribute("run", overview.latestRun());
    model.addAttribute("eventId", eventId);
    return "meetings/schedule";
  }

  @PostMapping("/runs")
  String run(@PathVariable long eventId, @RequestParam(required = false) String timeLimitSeconds,
      @RequestParam(required = false) String fairness, Locale locale, RedirectAttributes redirect) {
    int limit = number("timeLimitSeconds", timeLimitSeconds, 20);
    int d = number("fairness", fairness, 2);
    ScheduleRunView run = schedule.start(eventId, signedIn.username(), limit, d);
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.runStarted", new Object[] {run.id()},
        locale));
    return "redirect:/events/" + eventId + "/schedule";
  }

  /** The run's fragment: polled every second while it runs, then its result and grid. */
  @GetMapping("/runs/{runId}")
  String runFragment(@PathVariable long eventId, @PathVariable long runId, Model model) {
    ScheduleOverview overview = schedule.overview(eventId, signedIn.username());
    model.addAttribute("overview", overview);
    model.addAttribute("run", schedule.run(eventId, runId, signedIn.username()));
    model.addAttribute("eventId", eventId);
    return "meetings/schedule :: run";
  }

  @PostMapping("/runs/{runId}/publish")
  String publish(@PathVariable long eventId, @PathVariable long runId, Locale locale, RedirectAttributes redirect) {
    PublishResult result = schedule.publish(eventId, runId, signedIn.username());
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.published",
        new Object[] {result.meetings(), result.affectedParticipants().size()}, locale));
    return "redirect:/events/" + eventId + "/schedule";
  }

  @PostMapping("/meetings/{meetingId}/move")
  String move(@PathVariable long eventId, @PathVariable long meetingId, @RequestParam(required = false) String slot,
      @RequestParam(required = false) String table, @RequestParam(defaultValue = "false") boolean confirm,
      Locale locale, RedirectAttributes redirect) {
    MoveResult moved = schedule.move(eventId, meetingId, number("slot", slot, null), number("table", table, null),
        confirm, signedIn.username());
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.moved",
        new Object[] {meetingId, moved.meeting().slot(), moved.meeting().table()}, locale));
    return "redirect:/events/" + eventId + "/schedule";
  }

  private static int number(String field, String value, Integer fallback) {
    if (value == null || value.isBlank()) {
      if (fallback != null) {
        return fallback;
      }
      throw new InvalidInputException(field, "is required");
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "must be a whole number, was '" + value + "'");
    }
  }
}
