package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationInput;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.ecosystem.SourceRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/relations}: the typed, dated links between records with their provenance;
 * {@code /api/v1/{records}/{id}/relations}: those touching one record; {@code /api/v1/sources}.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_RELATIONS)
class RelationApiController {

  private final RelationService relations;

  RelationApiController(RelationService relations) {
    this.relations = relations;
  }

  @GetMapping(ApiPaths.BASE + "/relations")
  @Operation(summary = "List relations", description = "All relations, or those of one type, each with both ends, dates, source and quote.")
  ApiPage<RelationView> list(
      @Parameter(description = "Relation type") @RequestParam(required = false) RelationType type,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size) {
    return ApiPage.of(relations.list(type, Paging.of(page, size)));
  }

  @GetMapping(ApiPaths.BASE + "/relations/{id}")
  @Operation(summary = "Read a relation")
  RelationView get(@PathVariable long id) {
    return relations.get(id);
  }

  @PostMapping(ApiPaths.BASE + "/relations")
  @Operation(summary = "Create a relation", description = """
      Links two records (`fromKind`/`fromId` to `toKind`/`toId`) with a type, optional dates, note, \
      source and quote. Directions follow docs/map-format.md (SIGNED goes from the agreement to the party). \
      422 when an end or the source does not exist. Answers 201 with `Location`.""")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RelationView> create(@Valid @RequestBody RelationInput input) {
    RelationView created = relations.create(input);
    return ResponseEntity.created(URI.create(ApiPaths.BASE + "/relations/" + created.id())).body(created);
  }

  @DeleteMapping(ApiPaths.BASE + "/relations/{id}")
  @Operation(summary = "Delete a relation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    relations.delete(id);
  }

  @GetMapping(ApiPaths.BASE + "/{records:organisations|people|places|programmes|agreements|activities}/{id}/relations")
  @Operation(summary = "Relations of a record", description = "Every relation touching the record, with its source and quote.")
  List<RelationView> touching(
      @Parameter(description = "The record collection", schema = @Schema(allowableValues = {"organisations",
          "people", "places", "programmes", "agreements", "activities"})) @PathVariable String records,
      @PathVariable long id) {
    RecordKind kind = Arrays.stream(RecordKind.values()).filter(k -> k.path().equals(records)).findFirst()
        .orElseThrow(() -> new BadParameterException("records", "unknown record collection '" + records + "'"));
    return relations.touching(kind, id);
  }

  @GetMapping(ApiPaths.BASE + "/sources")
  @Tag(name = OpenApiConfiguration.TAG_SOURCES)
  @Operation(summary = "List source documents", description = "The documents that facts are quoted from.")
  List<SourceRef> sources() {
    return relations.sources();
  }
}
