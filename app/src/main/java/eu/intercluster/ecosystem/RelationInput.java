package eu.intercluster.ecosystem;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new link between two records, with its provenance when known. */
public record RelationInput(
    @NotNull(message = "must be one of the relation types") RelationType type,
    @NotNull(message = "must be one of the record kinds") RecordKind fromKind,
    @NotNull(message = "must not be null") Long fromId,
    @NotNull(message = "must be one of the record kinds") RecordKind toKind,
    @NotNull(message = "must not be null") Long toId,
    LocalDate fromDate,
    LocalDate toDate,
    @Size(max = 1000) String note,
    Long sourceId,
    @Size(max = 2000) String quote) {}
