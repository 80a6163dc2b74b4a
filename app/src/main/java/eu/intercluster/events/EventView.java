package eu.intercluster.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An event as other modules see it. Times of day are in {@code zone}; windows are instants.
 *
 * @param activityId the ecosystem-map activity that stands for this event (relations such as
 *     "met at" point to it)
 * @param maxRequestsPerParticipant how many meeting requests one participant may send (0 = no limit)
 * @param requestExpiry after how long an unanswered request expires and stops blocking slots
 * @param owner username of the organiser who created it
 * @param coOrganisers usernames of organisers from partner agencies, who manage it too
 */
public record EventView(
    long id,
    String title,
    EventKind kind,
    String venue,
    ZoneId zone,
    LocalDate startDate,
    LocalDate endDate,
    int tables,
    SchedulingMode schedulingMode,
    int maxRequestsPerParticipant,
    Duration requestExpiry,
    Instant registrationOpens,
    Instant registrationCloses,
    Instant bookingOpens,
    Instant bookingCloses,
    Long activityId,
    String owner,
    List<String> coOrganisers) {

  public EventView {
    coOrganisers = coOrganisers == null ? List.of() : List.copyOf(coOrganisers);
  }
}
