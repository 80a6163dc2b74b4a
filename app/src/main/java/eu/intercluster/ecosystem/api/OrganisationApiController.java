package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisations}: search, read, create, change, delete and merge organisations. */
@RestController
@RequestMapping(ApiPaths.BASE + "/organisations")
@Tag(name = OpenApiConfiguration.TAG_ORGANISATIONS)
class OrganisationApiController {

  static final String LIST_DESCRIPTION = """
      Organisations matching every word of `q` (name, acronym, aliases, city, region, country; \
      accents, case and punctuation ignored; exact name, acronym or alias matches first) and the filters.

      **List shape.** Every item has the summary fields and `links` (`self`, `agreements`, `relations`). \
      An *expanded* item also has `agreements` (each with its `status`, the organisation's `role` and the \
      `counterparts`) and `relations` (`count`, count per type in `types`, and `self`, the path listing them \
      with their source and quote). Items are expanded **by default when `q` is given** (a search: \
      `?q=cineca` answers Cineca with its agreements and relations) and plain otherwise (browsing); \
      `expand=true|false` overrides the default.""";

  private final OrganisationService organisations;
  private final ThemeCatalogue themes;

  OrganisationApiController(OrganisationService organisations, ThemeCatalogue themes) {
    this.organisations = organisations;
    this.themes = themes;
  }

  @GetMapping
  @Operation(summary = "Search organisations", description = LIST_DESCRIPTION)
  ApiPage<OrganisationItem> search(
      @Parameter(description = "Search words, all of which must match") @RequestParam(required = false) String q,
      @Parameter(description = "Organisation kind") @RequestParam(required = false) OrganisationKind kind,
      @Parameter(description = "Country, as stored (e.g. Italy)") @RequestParam(required = false) String country,
      @Parameter(description = "Region, as stored (e.g. Emilia-Romagna)") @RequestParam(required = false) String region,
      @Parameter(description = "Theme code (see /api/v1/themes)") @RequestParam(required = false) String theme,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size,
      @Parameter(description = "Include agreements and relations in every item; default: true when q is given")
      @RequestParam(required = false) Boolean expand) {
    OrganisationFilter filter = new OrganisationFilter(Filters.text(q), kind, Filters.text(country),
        Filters.text(region), Filters.theme(themes, "theme", theme));
    Page<OrganisationSummary> found = organisations.search(filter, Paging.of(page, size));
    boolean expanded = expand != null ? expand : filter.q() != null;
    return ApiPage.of(found, expanded ? this::expanded : OrganisationItem::plain);
  }

  private OrganisationItem expanded(OrganisationSummary summary) {
    try {
      return OrganisationItem.expanded(summary, organisations.get(summary.id()));
    } catch (NotFoundException deletedMeanwhile) {
      return OrganisationItem.plain(summary);
    }
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read an organisation",
      description = "With its people and roles, agreements, activities, relations (each with its source and quote) and sources.")
  OrganisationDetails get(@PathVariable long id) {
    return organisations.get(id);
  }

  @GetMapping("/countries")
  @Operation(summary = "Countries in use", description = "Distinct countries of organisations, for the country filter.")
  List<String> countries() {
    return organisations.countries();
  }

  @GetMapping("/regions")
  @Operation(summary = "Regions in use", description = "Distinct regions of organisations, for the region filter.")
  List<String> regions() {
    return organisations.regions();
  }

  @PostMapping
  @Operation(summary = "Create an organisation", description = """
      Answers 201 with `Location`. When the name, acronym or an alias matches existing organisations the \
      answer is 409 `possible-duplicate` with the `candidates`: update or merge into one of them, or \
      repeat with `allowSimilar=true` to create a different organisation with a similar name.""")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<OrganisationSummary> create(@Valid @RequestBody OrganisationInput input,
      @Parameter(description = "Create even when organisations with the same name or alias exist")
      @RequestParam(defaultValue = "false") boolean allowSimilar) {
    OrganisationSummary created = organisations.create(input, allowSimilar);
    return ResponseEntity.created(URI.create(ApiPaths.of(RecordKind.ORGANISATION, created.id())))
        .body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an organisation", description = "Replaces all its fields.")
  OrganisationSummary update(@PathVariable long id, @Valid @RequestBody OrganisationInput input) {
    return organisations.update(id, input);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an organisation", description = """
      Refused with 409 `referenced` when relations or roles still refer to it; `details` lists them. \
      Merge it into another organisation instead, or delete those first.""")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    organisations.delete(id);
  }

  @PostMapping("/{id}/merge")
  @Operation(summary = "Merge an organisation into another", description = """
      Moves every relation and role of organisation `id` to `into`, adds its name, acronym and aliases \
      as aliases of `into`, keeps the fields of `into`, deletes `id` and answers the merged target.""")
  OrganisationSummary merge(@PathVariable long id,
      @Parameter(description = "Id of the organisation that is kept", required = true) @RequestParam long into) {
    if (into == id) {
      throw new BadParameterException("into", "must be another organisation than the one merged (" + id + ")");
    }
    return organisations.merge(id, into);
  }
}
