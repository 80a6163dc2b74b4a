package eu.intercluster.events.web;

import eu.intercluster.events.EventSetup;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts of the edit page that are lists: matchmaking sessions, co-organisers and a mission's
 * site visits. Each action returns to the edit page, with the problems when refused.
 */
@Controller
@RequestMapping("/events/{id}")
class EventSetupController {

  private final EventSetup setup;
  private final EventPageSupport pages;
  private final MessageSource messages;

  EventSetupController(EventSetup setup, EventPageSupport pages, MessageSource messages) {
    this.setup = setup;
    this.pages = pages;
    this.messages = messages;
  }

  @PostMapping("/sessions")
  String addSession(@PathVariable long id, @ModelAttribute SessionForm form, RedirectAttributes redirect) {
    pages.requireOrganiser(id);
    try {
      setup.addSession(id, form.toInput());
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("sessionForm", form);
      redirect.addFlashAttribute("sessionErrors", FormValues.errors(invalid));
    }
    return "redirect:/events/" + id + "/edit#sessions";
  }

  @PostMapping("/sessions/{sessionId}/delete")
  String removeSession(@PathVariable long id, @PathVariable long sessionId) {
    pages.requireOrganiser(id);
    setup.removeSession(id, sessionId);
    return "redirect:/events/" + id + "/edit#sessions";
  }

  @PostMapping("/co-organisers")
  String coOrganisers(@PathVariable long id, @RequestParam(defaultValue = "") String coOrganisers,
      RedirectAttributes redirect) {
    pages.requireOrganiser(id);
    try {
      setup.setCoOrganisers(id, FormValues.list(coOrganisers));
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("coOrganisersValue", coOrganisers);
      redirect.addFlashAttribute("coOrganiserErrors", FormValues.errors(invalid));
    }
    return "redirect:/events/" + id + "/edit#co-organisers";
  }

  @PostMapping("/visits")
  String addVisit(@PathVariable long id, @ModelAttribute VisitForm form, RedirectAttributes redirect) {
    pages.requireOrganiser(id);
    try {
      setup.addVisit(id, form.toInput());
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("visitForm", form);
      redirect.addFlashAttribute("visitErrors", FormValues.errors(invalid));
    }
    return "redirect:/events/" + id + "/edit#visits";
  }

  @PostMapping("/delete")
  String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Locale locale,
      RedirectAttributes redirect) {
    pages.requireOrganiser(id);
    if (!confirm) {
      redirect.addFlashAttribute("deleteError", messages.getMessage("events.delete.unconfirmed", null, locale));
      return "redirect:/events/" + id + "/edit#delete";
    }
    String title = setup.details(id).event().title();
    try {
      setup.delete(id);
    } catch (ConflictException refused) {
      redirect.addFlashAttribute("deleteError", messages.getMessage("events.delete.refused", null, locale));
      return "redirect:/events/" + id + "/edit#delete";
    }
    redirect.addFlashAttribute("flash", messages.getMessage("events.delete.done", new Object[] {title}, locale));
    return "redirect:/events";
  }

  @PostMapping("/visits/{visitId}/delete")
  String removeVisit(@PathVariable long id, @PathVariable long visitId) {
    pages.requireOrganiser(id);
    setup.removeVisit(id, visitId);
    return "redirect:/events/" + id + "/edit#visits";
  }
}
