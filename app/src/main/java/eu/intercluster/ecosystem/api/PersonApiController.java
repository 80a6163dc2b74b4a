package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.PersonDetails;
import eu.intercluster.ecosystem.PersonInput;
import eu.intercluster.ecosystem.PersonService;
import eu.intercluster.ecosystem.PersonSummary;
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

/** {@code /api/v1/people}: people and the roles they hold at organisations. */
@RestController
@RequestMapping(ApiPaths.BASE + "/people")
@Tag(name = OpenApiConfiguration.TAG_PEOPLE)
class PersonApiController {

  private final PersonService people;

  PersonApiController(PersonService people) {
    this.people = people;
  }

  @GetMapping
  @Operation(summary = "Search people", description = "People whose name or alias matches every word of `q`; each with roles as \"role, organisation\".")
  ApiPage<PersonSummary> search(
      @Parameter(description = "Search words, all of which must match") @RequestParam(required = false) String q,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size) {
    return ApiPage.of(people.search(Filters.text(q), Paging.of(page, size)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a person", description = "With roles, agreements, activities, relations and sources.")
  PersonDetails get(@PathVariable long id) {
    return people.get(id);
  }

  @PostMapping
  @Operation(summary = "Create a person", description = "Answers 201 with `Location`.")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PersonSummary> create(@Valid @RequestBody PersonInput input) {
    PersonSummary created = people.create(input);
    return ResponseEntity.created(URI.create(ApiPaths.of(RecordKind.PERSON, created.id()))).body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change a person", description = "Replaces the fields and roles; unchanged roles keep their provenance.")
  PersonSummary update(@PathVariable long id, @Valid @RequestBody PersonInput input) {
    return people.update(id, input);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a person", description = "With their roles; refused with 409 `referenced` while relations refer to them.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    people.delete(id);
  }
}
