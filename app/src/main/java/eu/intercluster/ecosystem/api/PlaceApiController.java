package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.PlaceDetails;
import eu.intercluster.ecosystem.PlaceInput;
import eu.intercluster.ecosystem.PlaceKind;
import eu.intercluster.ecosystem.PlaceService;
import eu.intercluster.ecosystem.PlaceSummary;
import eu.intercluster.ecosystem.RecordKind;
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

/** {@code /api/v1/places}: countries, regions, cities, venues and infrastructures. */
@RestController
@RequestMapping(ApiPaths.BASE + "/places")
@Tag(name = OpenApiConfiguration.TAG_PLACES)
class PlaceApiController {

  private final PlaceService places;

  PlaceApiController(PlaceService places) {
    this.places = places;
  }

  @GetMapping
  @Operation(summary = "Search places")
  ApiPage<PlaceSummary> search(
      @Parameter(description = "Search words, all of which must match") @RequestParam(required = false) String q,
      @Parameter(description = "Place kind") @RequestParam(required = false) PlaceKind kind,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size) {
    return ApiPage.of(places.search(Filters.text(q), kind, Paging.of(page, size)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a place", description = "With the places in it, activities held and agreements signed there, relations and sources.")
  PlaceDetails get(@PathVariable long id) {
    return places.get(id);
  }

  @PostMapping
  @Operation(summary = "Create a place", description = "Answers 201 with `Location`.")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PlaceSummary> create(@Valid @RequestBody PlaceInput input) {
    PlaceSummary created = places.create(input);
    return ResponseEntity.created(URI.create(ApiPaths.of(RecordKind.PLACE, created.id()))).body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change a place", description = "Refused with 422 when the parent would make a cycle.")
  PlaceSummary update(@PathVariable long id, @Valid @RequestBody PlaceInput input) {
    return places.update(id, input);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a place", description = "Refused with 409 `referenced` listing child places, activities, agreements and relations.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    places.delete(id);
  }
}
