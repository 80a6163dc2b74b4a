package eu.intercluster.meetings.web;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.meetings.MeetingRequests;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.ParticipantRequests;
import eu.intercluster.meetings.RequestView;
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
 * The signed-in participant's meeting requests: send (from the catalogue), list incoming and
 * outgoing, accept, decline, cancel. Each action redirects back to the list with a message.
 */
@Controller("meetingsRequestController")
@RequestMapping("/events/{eventId}/requests")
class RequestController {

  private final MeetingRequests requests;
  private final EventDirectory events;
  private final SignedIn signedIn;
  private final MessageSource messages;

  RequestController(MeetingRequests requests, EventDirectory events, SignedIn signedIn, MessageSource messages) {
    this.requests = requests;
    this.events = events;
    this.signedIn = signedIn;
    this.messages = messages;
  }

  @GetMapping
  String list(@PathVariable long eventId, Model model) {
    ParticipantRequests mine = requests.ofParticipant(eventId, signedIn.username());
    model.addAttribute("eventId", eventId);
    model.addAttribute("requests", mine);
    model.addAttribute("zone", events.event(eventId).zone());
    return "meetings/requests";
  }

  @PostMapping
  String send(@PathVariable long eventId, @RequestParam(required = false) Long recipientId,
      @RequestParam(required = false) String message, @RequestParam(required = false) Integer slot, Locale locale,
      RedirectAttributes redirect) {
    if (recipientId == null) {
      throw new eu.intercluster.system.InvalidInputException("recipientId", "choose the participant to meet");
    }
    RequestView sent = requests.send(eventId, signedIn.username(), recipientId, message, slot);
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.sent", new Object[] {sent.id()}, locale));
    return "redirect:/events/" + eventId + "/requests";
  }

  @PostMapping("/{requestId}/accept")
  String accept(@PathVariable long eventId, @PathVariable long requestId, Locale locale, RedirectAttributes redirect) {
    MeetingView meeting = requests.accept(eventId, requestId, signedIn.username());
    String key = meeting.slot() == null ? "meetings.flash.acceptedUnscheduled" : "meetings.flash.accepted";
    redirect.addFlashAttribute("flash", messages.getMessage(key,
        new Object[] {meeting.slot(), meeting.table()}, locale));
    return "redirect:/events/" + eventId + "/requests";
  }

  @PostMapping("/{requestId}/decline")
  String decline(@PathVariable long eventId, @PathVariable long requestId, Locale locale,
      RedirectAttributes redirect) {
    requests.decline(eventId, requestId, signedIn.username());
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.declined", null, locale));
    return "redirect:/events/" + eventId + "/requests";
  }

  @PostMapping("/{requestId}/cancel")
  String cancel(@PathVariable long eventId, @PathVariable long requestId, Locale locale,
      RedirectAttributes redirect) {
    requests.cancel(eventId, requestId, signedIn.username());
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.cancelled", null, locale));
    return "redirect:/events/" + eventId + "/requests";
  }
}
