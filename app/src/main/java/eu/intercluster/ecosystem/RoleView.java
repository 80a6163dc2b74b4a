package eu.intercluster.ecosystem;

import java.time.LocalDate;

/** A person's role, as written, at an organisation (null when the source names none). */
public record RoleView(long id, RecordRef person, RecordRef organisation, String role,
    LocalDate from, LocalDate to, SourceRef source, String quote) {}
