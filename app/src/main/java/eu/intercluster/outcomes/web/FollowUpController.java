package eu.intercluster.outcomes.web;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.outcomes.FollowUpInput;
import eu.intercluster.outcomes.FollowUpStatus;
import eu.intercluster.outcomes.MeetingOutcomes;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up form some months after the event: for each held meeting of the signed-in participant,
 * what happened since and a comment. One form for all meetings; fields are {@code status-<meetingId>}
 * and {@code comment-<meetingId>}; a meeting left without a status is not saved.
 */
@Controller
class FollowUpController {

  private static final int MAX_COMMENT = 2000;

  private final EventDirectory events;
  private final MeetingOutcomes outcomes;
  private final HeldMeetings held;
  private final EventGuard guard;
  private final MessageSource messages;

  FollowUpController(EventDirectory events, MeetingOutcomes outcomes, HeldMeetings held, EventGuard guard,
      MessageSource messages) {
    this.events = events;
    this.outcomes = outcomes;
    this.held = held;
    this.guard = guard;
    this.messages = messages;
  }

  @GetMapping("/events/{eventId}/follow-up")
  String form(@PathVariable long eventId, Model model) {
    ParticipantView me = guard.me(eventId);
    return page(eventId, me, Map.of(), Map.of(), model);
  }

  @PostMapping("/events/{eventId}/follow-up")
  String save(@PathVariable long eventId, @RequestParam Map<String, String> fields, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    ParticipantView me = guard.me(eventId);
    EventView event = events.event(eventId);
    Map<Long, FollowUpInput> answers = new java.util.LinkedHashMap<>();
    Map<String, String> errors = new HashMap<>();
    for (HeldMeetings.HeldMeeting m : held.of(event, me)) {
      long id = m.meeting().id();
      String status = fields.get("status-" + id);
      if (status == null || status.isBlank()) {
        continue;
      }
      FollowUpInput input = new FollowUpInput(Enums.parse(FollowUpStatus.class, status), fields.get("comment-" + id));
      if (input.status() == null) {
        errors.put("status-" + id, "must be one of the listed answers");
      } else if (input.comment() != null && input.comment().strip().length() > MAX_COMMENT) {
        errors.put("comment-" + id, "must be at most " + MAX_COMMENT + " characters");
      }
      answers.put(id, input);
    }
    if (errors.isEmpty()) {
      try {
        answers.forEach((id, input) -> outcomes.saveFollowUp(id, input, guard.username()));
      } catch (InvalidInputException invalid) {
        invalid.problems().forEach(p -> errors.put(p.field(), p.message()));
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(eventId, me, fields, errors, model);
    }
    redirect.addFlashAttribute("flash", messages.getMessage("outcomes.followUp.saved", null, locale));
    return "redirect:/events/" + eventId + "/follow-up";
  }

  private String page(long eventId, ParticipantView me, Map<String, String> typed, Map<String, String> errors,
      Model model) {
    EventView event = events.event(eventId);
    model.addAttribute("event", event);
    model.addAttribute("meetings", held.of(event, me));
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", FollowUpStatus.values());
    return "outcomes/follow-up";
  }
}
