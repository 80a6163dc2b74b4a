package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.ProgrammeDetails;
import eu.intercluster.ecosystem.ProgrammeInput;
import eu.intercluster.ecosystem.ProgrammeKind;
import eu.intercluster.ecosystem.ProgrammeService;
import eu.intercluster.ecosystem.ProgrammeSummary;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.ThemeCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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

/** {@code /api/v1/programmes}: funding programmes, projects, strategies and initiatives. */
@RestController
@RequestMapping(ApiPaths.BASE + "/programmes")
@Tag(name = OpenApiConfiguration.TAG_PROGRAMMES)
class ProgrammeApiController {

  private final ProgrammeService programmes;
  private final ThemeCatalogue themes;

  ProgrammeApiController(ProgrammeService programmes, ThemeCatalogue themes) {
    this.programmes = programmes;
    this.themes = themes;
  }

  @GetMapping
  @Operation(summary = "Search programmes")
  ApiPage<ProgrammeSummary> search(
      @Parameter(description = "Search words, all of which must match") @RequestParam(required = false) String q,
      @Parameter(description = "Programme kind") @RequestParam(required = false) ProgrammeKind kind,
      @Parameter(description = "Theme code (see /api/v1/themes)") @RequestParam(required = false) String theme,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size) {
    return ApiPage.of(programmes.search(Filters.text(q), kind, Filters.theme(themes, "theme", theme),
        Paging.of(page, size)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a programme", description = "With its activities, relations and sources.")
  ProgrammeDetails get(@PathVariable long id) {
    return programmes.get(id);
  }

  @PostMapping
  @Operation(summary = "Create a programme", description = "Answers 201 with `Location`.")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ProgrammeSummary> create(@Valid @RequestBody ProgrammeInput input) {
    ProgrammeSummary created = programmes.create(input);
    return ResponseEntity.created(URI.create(ApiPaths.of(RecordKind.PROGRAMME, created.id()))).body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change a programme")
  ProgrammeSummary update(@PathVariable long id, @Valid @RequestBody ProgrammeInput input) {
    return programmes.update(id, input);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a programme", description = "Refused with 409 `referenced` listing activities and relations.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    programmes.delete(id);
  }
}
