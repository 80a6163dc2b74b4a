package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import io.swagger.v3.oas.annotations.media.Schema;

/** A pointer to a record with the API path to read it. */
@Schema(description = "A record with the API path to read it")
public record ApiRef(RecordKind kind, long id, String key, String label,
    @Schema(example = "/api/v1/organisations/3") String path) {

  static ApiRef of(RecordRef ref) {
    return new ApiRef(ref.kind(), ref.id(), ref.key(), ref.label(), ApiPaths.of(ref));
  }
}
