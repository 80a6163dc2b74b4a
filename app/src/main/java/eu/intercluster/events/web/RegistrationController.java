package eu.intercluster.events.web;

import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.Registrations;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Registering for an event. A visitor creates an account on the same form and is signed in
 * right after, so they can follow their registration.
 */
@Controller
@RequestMapping("/events/{id}/register")
class RegistrationController {

  private final EventSetup setup;
  private final Registrations registrations;
  private final EventPageSupport pages;
  private final ThemeCatalogue themes;
  private final UserDetailsService userDetails;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  RegistrationController(EventSetup setup, Registrations registrations, EventPageSupport pages,
      ThemeCatalogue themes, UserDetailsService userDetails) {
    this.setup = setup;
    this.registrations = registrations;
    this.pages = pages;
    this.themes = themes;
    this.userDetails = userDetails;
  }

  @GetMapping
  String form(@PathVariable long id, Model model, Locale locale) {
    return page(id, RegistrationForm.empty(), Map.of(), model, locale);
  }

  @PostMapping
  String register(@PathVariable long id, @ModelAttribute RegistrationForm form, Model model, Locale locale,
      HttpServletRequest request, HttpServletResponse response) {
    boolean visitor = pages.username().isEmpty();
    ParticipantView registered;
    try {
      registered = registrations.register(id, form.toInput());
    } catch (InvalidInputException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(id, form.withoutPassword(), FormValues.errors(invalid), model, locale);
    }
    if (visitor) {
      signIn(registered.username(), request, response);
    }
    return "redirect:/events/" + id + "/register?received";
  }

  private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
    UserDetails user = userDetails.loadUserByUsername(username);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    contexts.saveContext(context, request, response);
  }

  private String page(long id, RegistrationForm form, Map<String, String> errors, Model model, Locale locale) {
    model.addAttribute("details", setup.details(id));
    model.addAttribute("event", setup.details(id).event());
    model.addAttribute("me", pages.me(id).orElse(null));
    model.addAttribute("visitor", pages.username().isEmpty());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("themes", themes.all(locale));
    model.addAttribute("kinds", OrganisationKind.values());
    return "events/register";
  }
}
