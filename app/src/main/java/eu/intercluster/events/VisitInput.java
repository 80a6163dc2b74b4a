package eu.intercluster.events;

import java.time.LocalDate;
import java.time.LocalTime;

/** A site visit of a mission's programme; the host is an organisation of the map (optional times). */
public record VisitInput(String title, LocalDate day, LocalTime start, LocalTime end,
    Long hostOrganisationId, String description) {}
