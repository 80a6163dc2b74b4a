package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.ActivitySummary;
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

/** {@code /api/v1/activities}: missions, forums, brokerage events, visits and the like. */
@RestController
@RequestMapping(ApiPaths.BASE + "/activities")
@Tag(name = OpenApiConfiguration.TAG_ACTIVITIES)
class ActivityApiController {

  private final ActivityService activities;
  private final ThemeCatalogue themes;

  ActivityApiController(ActivityService activities, ThemeCatalogue themes) {
    this.activities = activities;
    this.themes = themes;
  }

  @GetMapping
  @Operation(summary = "Search activities")
  ApiPage<ActivitySummary> search(
      @Parameter(description = "Search words, all of which must match") @RequestParam(required = false) String q,
      @Parameter(description = "Activity kind") @RequestParam(required = false) ActivityKind kind,
      @Parameter(description = "Theme code (see /api/v1/themes)") @RequestParam(required = false) String theme,
      @Parameter(description = "0-based page number", schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0"))
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
      @RequestParam(defaultValue = "20") int size) {
    return ApiPage.of(activities.search(Filters.text(q), kind, Filters.theme(themes, "theme", theme),
        Paging.of(page, size)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read an activity", description = "With place, programme, sub-activities, organisers, participants, relations and sources.")
  ActivityDetails get(@PathVariable long id) {
    return activities.get(id);
  }

  @PostMapping
  @Operation(summary = "Create an activity", description = "Organisers and participants are given by id and kept as relations. Answers 201 with `Location`.")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ActivitySummary> create(@Valid @RequestBody ActivityInput input) {
    ActivitySummary created = activities.create(input);
    return ResponseEntity.created(URI.create(ApiPaths.of(RecordKind.ACTIVITY, created.id()))).body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an activity", description = "Organisers and participants are synchronised as relations.")
  ActivitySummary update(@PathVariable long id, @Valid @RequestBody ActivityInput input) {
    return activities.update(id, input);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an activity", description = "With its relations; refused with 409 `referenced` while sub-activities refer to it.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    activities.delete(id);
  }
}
