package eu.intercluster.ecosystem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A role as written ("presidente della Regione"), or none stated, at an organisation or none, with dates. */
public record RoleInput(Long organisationId,
    @Size(max = 1000) String role,
    LocalDate from, LocalDate to) {}
