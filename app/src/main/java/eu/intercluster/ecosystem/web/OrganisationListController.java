package eu.intercluster.ecosystem.web;

import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.ThemeCatalogue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The searchable organisation list: filters by text, kind, country, region and theme, paged; an
 * htmx request gets the results alone and the clean address for the browser's history.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationListController {

  static final int PAGE_SIZE = 20;

  private final OrganisationService organisations;
  private final ThemeCatalogue themes;

  OrganisationListController(OrganisationService organisations, ThemeCatalogue themes) {
    this.organisations = organisations;
    this.themes = themes;
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String country, @RequestParam(required = false) String region,
      @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
      Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
    OrganisationFilter filter = new OrganisationFilter(RecordFormSupport.blankToNull(q), parseKind(kind),
        RecordFormSupport.blankToNull(country), RecordFormSupport.blankToNull(region),
        RecordFormSupport.blankToNull(theme));
    Page<OrganisationSummary> results =
        organisations.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("page", results);
    model.addAttribute("query", queryString(filter));
    response.addHeader("Vary", "HX-Request");
    if ("true".equals(htmx) && !"true".equals(historyRestore)) {
      // The address bar gets the clean query (no empty parameters of the form).
      String query = queryString(filter);
      String pageParam = results.getNumber() > 0 ? "page=" + results.getNumber() : null;
      String search = Stream.of(pageParam, query).filter(Objects::nonNull)
          .collect(Collectors.joining("&"));
      response.setHeader("HX-Push-Url", request.getContextPath() + "/organisations"
          + (search.isEmpty() ? "" : "?" + search));
      return "ecosystem/organisations/list :: results";
    }
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("countries", organisations.countries());
    model.addAttribute("regions", organisations.regions());
    model.addAttribute("themes", themes.all(locale));
    return "ecosystem/organisations/list";
  }

  /** The query string of the filter without {@code page}, already URL-encoded; null when empty. */
  static String queryString(OrganisationFilter filter) {
    UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
    addParam(builder, "q", filter.q());
    addParam(builder, "kind", filter.kind() == null ? null : filter.kind().name());
    addParam(builder, "country", filter.country());
    addParam(builder, "region", filter.region());
    addParam(builder, "theme", filter.theme());
    String query = builder.encode().build().getQuery();
    return query == null || query.isEmpty() ? null : query;
  }

  private static void addParam(UriComponentsBuilder builder, String name, String value) {
    if (value != null && !value.isBlank()) {
      builder.queryParam(name, value);
    }
  }

  static OrganisationKind parseKind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return OrganisationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
