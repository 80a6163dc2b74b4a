package eu.intercluster.events.web;

import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.Registrations;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The signed-in participant's own registration: change the profile (contact, themes, languages,
 * sessions attended, catalogue opt-in) or withdraw. Only one's own record is reachable here.
 */
@Controller
@RequestMapping("/events/{id}")
class ProfileController {

  private final EventSetup setup;
  private final Registrations registrations;
  private final EventPageSupport pages;
  private final ThemeCatalogue themes;

  ProfileController(EventSetup setup, Registrations registrations, EventPageSupport pages,
      ThemeCatalogue themes) {
    this.setup = setup;
    this.registrations = registrations;
    this.pages = pages;
    this.themes = themes;
  }

  @GetMapping("/profile")
  String form(@PathVariable long id, Model model, Locale locale) {
    ParticipantView me = me(id);
    return page(id, me, ProfileForm.of(me), Map.of(), model, locale);
  }

  @PostMapping("/profile")
  String save(@PathVariable long id, @ModelAttribute ProfileForm form, Model model, Locale locale,
      HttpServletResponse response) {
    ParticipantView me = me(id);
    try {
      registrations.updateProfile(me.id(), form.toInput());
    } catch (InvalidInputException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(id, me, form, FormValues.errors(invalid), model, locale);
    }
    return "redirect:/events/" + id + "/profile?saved";
  }

  @PostMapping("/withdraw")
  String withdraw(@PathVariable long id) {
    registrations.withdraw(me(id).id());
    return "redirect:/events/" + id + "/profile?withdrawn";
  }

  private ParticipantView me(long eventId) {
    return pages.me(eventId).orElseThrow(() -> new AccessDeniedException("not registered for this event"));
  }

  private String page(long id, ParticipantView me, ProfileForm form, Map<String, String> errors, Model model,
      Locale locale) {
    model.addAttribute("details", setup.details(id));
    model.addAttribute("event", setup.details(id).event());
    model.addAttribute("me", me);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("themes", themes.all(locale));
    return "events/profile";
  }
}
