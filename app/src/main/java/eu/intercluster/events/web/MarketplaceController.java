package eu.intercluster.events.web;

import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.events.CatalogueFilter;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.Marketplace;
import eu.intercluster.events.OpportunityType;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SlotView;
import eu.intercluster.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue of participants and opportunities, and a participant's own opportunities. */
@Controller
@RequestMapping("/events/{id}")
class MarketplaceController {

  private final EventDirectory directory;
  private final Marketplace marketplace;
  private final EventPageSupport pages;
  private final ThemeCatalogue themes;

  MarketplaceController(EventDirectory directory, Marketplace marketplace, EventPageSupport pages,
      ThemeCatalogue themes) {
    this.directory = directory;
    this.marketplace = marketplace;
    this.pages = pages;
    this.themes = themes;
  }

  @GetMapping("/catalogue")
  String catalogue(@PathVariable long id, @RequestParam(required = false) String q,
      @RequestParam(required = false) String country, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String theme, @RequestParam(required = false) String type,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
      HttpServletResponse response) {
    OpportunityType opportunityType = null;
    try {
      opportunityType = type == null || type.isBlank() ? null : OpportunityType.valueOf(type.strip());
    } catch (IllegalArgumentException unknown) {
      // an unknown type filters nothing
    }
    CatalogueFilter filter = new CatalogueFilter(q, country, kind, theme, opportunityType);
    ParticipantView me = pages.me(id).orElse(null);
    EventView event = directory.event(id);
    model.addAttribute("event", event);
    model.addAttribute("filter", filter);
    model.addAttribute("entries", marketplace.catalogue(id, filter));
    model.addAttribute("canRequest", me != null && me.status() == ParticipantStatus.VALIDATED);
    model.addAttribute("me", me);
    model.addAttribute("slotChoice", slotChoice(event, me));
    response.addHeader("Vary", "HX-Request");
    if ("true".equals(htmx)) {
      return "events/catalogue :: results";
    }
    model.addAttribute("countries", marketplace.countries(id));
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("types", OpportunityType.values());
    model.addAttribute("themes", themes.all(locale));
    return "events/catalogue";
  }

  /**
   * Under self-scheduling the requester may propose a slot among the sessions they attend (the
   * default is the first slot free for both); under organiser scheduling there is no choice.
   */
  private List<SlotView> slotChoice(EventView event, ParticipantView me) {
    if (me == null || event.schedulingMode() != SchedulingMode.SELF_SCHEDULING) {
      return List.of();
    }
    Set<Long> attends = me.availableSessionIds();
    return directory.slots(event.id()).stream()
        .filter(slot -> attends == null || attends.isEmpty() || attends.contains(slot.sessionId())).toList();
  }

  @GetMapping("/opportunities")
  String opportunities(@PathVariable long id, Model model, Locale locale) {
    return opportunitiesPage(id, OpportunityForm.empty(), Map.of(), model, locale);
  }

  @PostMapping("/opportunities")
  String addOpportunity(@PathVariable long id, @ModelAttribute OpportunityForm form, Model model, Locale locale,
      HttpServletResponse response) {
    ParticipantView me = pages.requireMe(id);
    try {
      marketplace.addOpportunity(me.id(), form.toInput());
    } catch (InvalidInputException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return opportunitiesPage(id, form, FormValues.errors(invalid), model, locale);
    }
    return "redirect:/events/" + id + "/opportunities";
  }

  @PostMapping("/opportunities/{opportunityId}/delete")
  String deleteOpportunity(@PathVariable long id, @PathVariable long opportunityId) {
    pages.requireMe(id);
    marketplace.deleteOpportunity(opportunityId);
    return "redirect:/events/" + id + "/opportunities";
  }

  private String opportunitiesPage(long id, OpportunityForm form, Map<String, String> errors, Model model,
      Locale locale) {
    ParticipantView me = pages.requireMe(id);
    if (me.status() != ParticipantStatus.VALIDATED) {
      throw new AccessDeniedException("Only validated participants publish opportunities");
    }
    model.addAttribute("event", directory.event(id));
    model.addAttribute("me", me);
    model.addAttribute("opportunities", marketplace.opportunities(me.id()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", OpportunityType.values());
    model.addAttribute("themes", themes.all(locale));
    return "events/opportunities";
  }
}
