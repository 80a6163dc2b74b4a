package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.GraphData;
import eu.intercluster.ecosystem.GraphFilter;
import eu.intercluster.ecosystem.MapGraph;
import eu.intercluster.ecosystem.MapLinks;
import eu.intercluster.ecosystem.RegionLink;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.ecosystem.ThemeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The themes, the network for drawing, and the links between two regions. */
@RestController
class MapApiController {

  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN);

  private final ThemeCatalogue themes;
  private final MapGraph graph;
  private final MapLinks links;

  MapApiController(ThemeCatalogue themes, MapGraph graph, MapLinks links) {
    this.themes = themes;
    this.graph = graph;
    this.links = links;
  }

  @GetMapping(ApiPaths.BASE + "/themes")
  @Tag(name = OpenApiConfiguration.TAG_THEMES)
  @Operation(summary = "List themes", description = """
      The theme taxonomy: codes with labels in the language of `lang`, else of the `Accept-Language` \
      header, else of the user's chosen language: Italian (`it`) or English (`en`, the default). \
      The answer's `Content-Language` says which.""")
  ResponseEntity<List<ThemeView>> themes(
      @Parameter(description = "Language of the labels, it or en; overrides Accept-Language")
      @RequestParam(required = false) String lang,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      @Parameter(hidden = true) Locale resolved) {
    Locale locale = language(lang, acceptLanguage, resolved);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .body(themes.all(locale));
  }

  static Locale language(String lang, String acceptLanguage, Locale resolved) {
    if (lang != null && !lang.isBlank()) {
      return LANGUAGES.stream().filter(l -> l.getLanguage().equalsIgnoreCase(lang.strip())).findFirst()
          .orElseThrow(() -> new BadParameterException("lang", "must be it or en, was '" + lang + "'"));
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
        return match == null ? Locale.ENGLISH : match;
      } catch (IllegalArgumentException malformed) {
        return Locale.ENGLISH;
      }
    }
    return resolved != null && resolved.getLanguage().equals(Locale.ITALIAN.getLanguage())
        ? Locale.ITALIAN : Locale.ENGLISH;
  }

  @GetMapping(ApiPaths.BASE + "/graph")
  @Tag(name = OpenApiConfiguration.TAG_MAP)
  @Operation(summary = "The network", description = """
      Nodes (records, `id` is the record key) and edges (relations) for drawing, filtered by theme, \
      region and relation types (repeat `type` or separate with commas); `focus` (a record key) keeps \
      only its neighbourhood.""")
  GraphData graph(
      @Parameter(description = "Theme code (see /api/v1/themes)") @RequestParam(required = false) String theme,
      @Parameter(description = "Region or country of organisations") @RequestParam(required = false) String region,
      @Parameter(description = "Relation types to keep") @RequestParam(required = false) Set<RelationType> type,
      @Parameter(description = "Key of a record whose neighbourhood to keep, e.g. org-cineca")
      @RequestParam(required = false) String focus) {
    return graph.graph(new GraphFilter(Filters.theme(themes, "theme", theme), Filters.text(region),
        type == null ? Set.of() : Set.copyOf(type.stream().filter(t -> t != null).toList()),
        Filters.text(focus)));
  }

  @GetMapping(ApiPaths.BASE + "/links")
  @Tag(name = OpenApiConfiguration.TAG_MAP)
  @Operation(summary = "Links between two regions", description = """
      Organisations located in `region` linked to organisations of `other` (or to the organisation named \
      `other`, such as the Emilia-Romagna Region itself), through which agreement, activity or direct relation: \
      `?region=Québec&other=Emilia-Romagna`.""")
  List<RegionLink> links(
      @Parameter(description = "Region or country of the organisations listed", example = "Québec")
      @RequestParam String region,
      @Parameter(description = "The other region, country or organisation name", example = "Emilia-Romagna")
      @RequestParam String other) {
    String from = Filters.text(region);
    String to = Filters.text(other);
    if (from == null) {
      throw new BadParameterException("region", "must not be blank");
    }
    if (to == null) {
      throw new BadParameterException("other", "must not be blank");
    }
    return links.between(from, to);
  }
}
