package eu.intercluster.outcomes;

import eu.intercluster.meetings.RequestCounts;
import java.util.Map;

/**
 * The figures of one event for its organisers. Maps keep their display order (largest first for
 * countries and kinds).
 */
public record EventStats(long eventId, String eventTitle, long registrations,
    Map<String, Long> registrationsByCountry, Map<String, Long> registrationsByKind,
    Map<String, Long> registrationsByStatus, long checkedIn, RequestCounts requests, long meetings,
    long scheduled, OutcomeCounts outcomes) {}
