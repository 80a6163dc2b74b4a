package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PlaceService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: what Intercluster is, a search box, how big the map is, and where to go next. */
@Controller
class HomeController {

  /** The example question of the links page. */
  static final String EXAMPLE_REGION = "Québec";
  static final String EXAMPLE_OTHER = "Emilia-Romagna";

  private final OrganisationService organisations;
  private final PersonService people;
  private final AgreementService agreements;
  private final ActivityService activities;
  private final PlaceService places;

  HomeController(OrganisationService organisations, PersonService people,
      AgreementService agreements, ActivityService activities, PlaceService places) {
    this.organisations = organisations;
    this.people = people;
    this.agreements = agreements;
    this.activities = activities;
    this.places = places;
  }

  @GetMapping("/")
  String home(Model model) {
    Pageable one = PageRequest.of(0, 1);
    Map<String, HomeCount> counts = new LinkedHashMap<>();
    counts.put("organisations", new HomeCount("/organisations",
        organisations.search(OrganisationFilter.none(), one).getTotalElements()));
    counts.put("people", new HomeCount("/people", people.search(null, one).getTotalElements()));
    counts.put("agreements", new HomeCount("/agreements",
        agreements.search(null, null, null, null, one).getTotalElements()));
    counts.put("activities", new HomeCount("/activities",
        activities.search(null, null, null, one).getTotalElements()));
    counts.put("places", new HomeCount("/places", places.search(null, null, one).getTotalElements()));
    model.addAttribute("counts", counts);
    model.addAttribute("exampleRegion", EXAMPLE_REGION);
    model.addAttribute("exampleOther", EXAMPLE_OTHER);
    return "home";
  }

  /** How many records of a kind, and the page that lists them. */
  record HomeCount(String path, long count) {}
}
