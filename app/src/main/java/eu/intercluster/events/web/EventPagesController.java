package eu.intercluster.events.web;

import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.events.EventDetails;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.EventView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The event list, an event's public page, and creating or changing an event's settings. */
@Controller
@RequestMapping("/events")
class EventPagesController {

  static final List<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
      .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList();

  private final EventDirectory directory;
  private final EventSetup setup;
  private final EventPageSupport pages;
  private final OrganisationService organisations;

  EventPagesController(EventDirectory directory, EventSetup setup, EventPageSupport pages,
      OrganisationService organisations) {
    this.directory = directory;
    this.setup = setup;
    this.pages = pages;
    this.organisations = organisations;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("events", directory.events());
    return "events/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    EventDetails details = setup.details(id);
    model.addAttribute("details", details);
    model.addAttribute("event", details.event());
    model.addAttribute("slots", directory.slots(id));
    model.addAttribute("me", pages.me(id).orElse(null));
    model.addAttribute("organiser", pages.isOrganiser(id));
    return "events/detail";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    return form(model, EventForm.empty(), null, Map.of());
  }

  @PostMapping
  String create(@ModelAttribute EventForm form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      EventView created = setup.create(form.toInput());
      redirect.addFlashAttribute("flash", created.title());
      return "redirect:/events/" + created.id() + "/edit";
    } catch (InvalidInputException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, form, null, FormValues.errors(invalid));
    }
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    pages.requireOrganiser(id);
    return form(model, EventForm.of(setup.details(id)), id, Map.of());
  }

  @PostMapping("/{id}")
  String update(@PathVariable long id, @ModelAttribute EventForm form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    pages.requireOrganiser(id);
    try {
      EventView updated = setup.update(id, form.toInput());
      redirect.addFlashAttribute("flash", updated.title());
      return "redirect:/events/" + id;
    } catch (InvalidInputException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, form, id, FormValues.errors(invalid));
    }
  }

  String form(Model model, EventForm form, Long id, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("eventId", id);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", EventKind.values());
    model.addAttribute("modes", SchedulingMode.values());
    model.addAttribute("zones", ZONES);
    if (id != null) {
      EventDetails details = setup.details(id);
      model.addAttribute("details", details);
      model.addAttribute("event", details.event());
      model.addAttribute("hosts", organisations.search(OrganisationFilter.none(), PageRequest.of(0, 1000))
          .getContent().stream().map(OrganisationSummary::ref)
          .sorted(Comparator.comparing(RecordRef::label, String.CASE_INSENSITIVE_ORDER)).toList());
    }
    return "events/form";
  }
}
