package eu.intercluster.events;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A site visit of a mission's programme.
 *
 * @param activityId the map activity (kind SITE_VISIT, child of the event's activity)
 */
public record VisitView(long id, long eventId, String title, LocalDate day, LocalTime start,
    LocalTime end, Long hostOrganisationId, String hostName, String description, Long activityId) {}
