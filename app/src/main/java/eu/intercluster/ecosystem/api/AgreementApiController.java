package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.AgreementDetails;
import eu.intercluster.ecosystem.AgreementInput;
import eu.intercluster.ecosystem.AgreementService;
import eu.intercluster.ecosystem.AgreementStatus;
import eu.intercluster.ecosystem.AgreementSummary;
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

/** {@code /api/v1/agreements}: MoUs, protocols and other agreements with their parties. */
@RestController
@RequestMapping(ApiPaths.BASE + "/agreements")
@Tag(name = OpenApiConfiguration.TAG_AGREEMENTS)
class AgreementApiController {

  private final AgreementService agreements;
  private final ThemeCatalogue themes;

  AgreementApiController(AgreementService agreements, ThemeCatalogue themes) {
    this.agreements = agreements;
    this.themes = themes;
  }

  @GetMapping
  @Operation(summary = "Search agreements", description = "Agreements matching `q` and the filters; `organisation` keeps those where the organisation is a party or involved.")
  ApiPage<AgreementSummary> search(
      @Parameter(description = "Search words, all of which must match") @RequestParam(required = false) String q,
      @Parameter(description = "Agreement status") @RequestParam(required = false) AgreementStatus status,
      @Parameter(description = "Theme code (see /api/v1/themes)") @RequestParam(required = false) String theme,
      @Parameter(description = "Id of an organisation that is party to or involved in the agreement")
      @RequestParam(required = false) Long organisation,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size) {
    return ApiPage.of(agreements.search(Filters.text(q), status, Filters.theme(themes, "theme", theme),
        organisation, Paging.of(page, size)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read an agreement", description = "With parties, signatories, involved organisations, relations and sources.")
  AgreementDetails get(@PathVariable long id) {
    return agreements.get(id);
  }

  @PostMapping
  @Operation(summary = "Create an agreement", description = "Parties, signatories and involved organisations are given by id and kept as relations. Answers 201 with `Location`.")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<AgreementSummary> create(@Valid @RequestBody AgreementInput input) {
    AgreementSummary created = agreements.create(input);
    return ResponseEntity.created(URI.create(ApiPaths.of(RecordKind.AGREEMENT, created.id()))).body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an agreement", description = "Parties, signatories and involved organisations are synchronised as relations.")
  AgreementSummary update(@PathVariable long id, @Valid @RequestBody AgreementInput input) {
    return agreements.update(id, input);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an agreement", description = "Deletes the relations that hang on it too.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    agreements.delete(id);
  }
}
