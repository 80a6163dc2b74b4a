package eu.intercluster.outcomes.web;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.MeetingOutcomes;
import eu.intercluster.outcomes.MeetingResult;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Feedback after a meeting: the list of the participant's held meetings and one form per meeting. */
@Controller
class FeedbackController {

  private final EventDirectory events;
  private final MeetingOutcomes outcomes;
  private final HeldMeetings held;
  private final EventGuard guard;
  private final MessageSource messages;

  FeedbackController(EventDirectory events, MeetingOutcomes outcomes, HeldMeetings held, EventGuard guard,
      MessageSource messages) {
    this.events = events;
    this.outcomes = outcomes;
    this.held = held;
    this.guard = guard;
    this.messages = messages;
  }

  @GetMapping("/events/{eventId}/feedback")
  String list(@PathVariable long eventId, Model model) {
    ParticipantView me = guard.me(eventId);
    EventView event = events.event(eventId);
    model.addAttribute("event", event);
    model.addAttribute("meetings", held.of(event, me));
    return "outcomes/feedback-list";
  }

  @GetMapping("/events/{eventId}/meetings/{meetingId}/feedback")
  String form(@PathVariable long eventId, @PathVariable long meetingId, Model model) {
    MeetingView meeting = guard.meetingOf(eventId, meetingId);
    ParticipantView me = guard.participantIn(eventId, meeting);
    FeedbackForm form = outcomes.feedback(meetingId, me.id()).map(FeedbackForm::of).orElse(FeedbackForm.empty());
    return formPage(eventId, meeting, me, form, Map.of(), model);
  }

  @PostMapping("/events/{eventId}/meetings/{meetingId}/feedback")
  String save(@PathVariable long eventId, @PathVariable long meetingId, @ModelAttribute FeedbackForm form,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    MeetingView meeting = guard.meetingOf(eventId, meetingId);
    ParticipantView me = guard.participantIn(eventId, meeting);
    try {
      outcomes.saveFeedback(meetingId, form.input(), guard.username());
    } catch (InvalidInputException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      Map<String, String> errors = invalid.problems().stream()
          .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a + "; " + b));
      return formPage(eventId, meeting, me, form, errors, model);
    }
    redirect.addFlashAttribute("flash", messages.getMessage("outcomes.feedback.saved", null, locale));
    return "redirect:/events/" + eventId + "/feedback";
  }

  private String formPage(long eventId, MeetingView meeting, ParticipantView me, FeedbackForm form,
      Map<String, String> errors, Model model) {
    EventView event = events.event(eventId);
    model.addAttribute("event", event);
    model.addAttribute("meeting", meeting);
    model.addAttribute("start", meeting.start() == null ? null : meeting.start().withZoneSameInstant(event.zone()));
    model.addAttribute("partner", events.participant(meeting.partnerOf(me.id())));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("results", MeetingResult.values());
    return "outcomes/feedback-form";
  }
}
