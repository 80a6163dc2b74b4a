package eu.intercluster.ecosystem;

import java.time.LocalDate;

/** An activity seen from an organisation or person: organised it, took part, ... */
public record ActivityLink(RecordRef activity, ActivityKind kind, LocalDate startDate,
    String dateText, RelationType role) {}
