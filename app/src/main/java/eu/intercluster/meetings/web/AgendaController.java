package eu.intercluster.meetings.web;

import eu.intercluster.meetings.AgendaView;
import eu.intercluster.meetings.MeetingAgendas;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A participant's agenda (own, or any participant's for organisers) and cancelling a meeting. */
@Controller("meetingsAgendaController")
class AgendaController {

  private final MeetingAgendas agendas;
  private final SignedIn signedIn;
  private final MessageSource messages;

  AgendaController(MeetingAgendas agendas, SignedIn signedIn, MessageSource messages) {
    this.agendas = agendas;
    this.signedIn = signedIn;
    this.messages = messages;
  }

  @GetMapping("/events/{eventId}/agenda")
  String own(@PathVariable long eventId, Model model) {
    return page(agendas.agenda(eventId, signedIn.username()), true, model);
  }

  @GetMapping("/events/{eventId}/participants/{participantId}/agenda")
  String ofParticipant(@PathVariable long eventId, @PathVariable long participantId, Model model) {
    AgendaView agenda = agendas.agendaOf(eventId, participantId, signedIn.username());
    return page(agenda, false, model);
  }

  private static String page(AgendaView agenda, boolean own, Model model) {
    model.addAttribute("agenda", agenda);
    model.addAttribute("own", own);
    model.addAttribute("calendarUrl", agenda.calendarToken() == null ? null
        : ServletUriComponentsBuilder.fromCurrentContextPath().path("/events/calendar/{token}.ics")
            .buildAndExpand(agenda.calendarToken()).toUriString());
    return "meetings/agenda";
  }

  @PostMapping("/events/{eventId}/meetings/{meetingId}/cancel")
  String cancel(@PathVariable long eventId, @PathVariable long meetingId,
      @RequestParam(required = false) Long participantId, Locale locale, RedirectAttributes redirect) {
    agendas.cancelMeeting(eventId, meetingId, signedIn.username());
    redirect.addFlashAttribute("flash", messages.getMessage("meetings.flash.meetingCancelled", null, locale));
    return participantId == null ? "redirect:/events/" + eventId + "/agenda"
        : "redirect:/events/" + eventId + "/participants/" + participantId + "/agenda";
  }
}
