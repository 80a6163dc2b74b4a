package eu.intercluster.events;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an organiser gives to create or change an event. The service checks every field and
 * names each problem.
 *
 * @param zone a time zone id such as {@code Europe/Rome}
 * @param tables number of tables (or booths), at least 1
 * @param maxRequestsPerParticipant 0 = no limit
 * @param requestExpiryHours after how many hours an unanswered request expires (0 = never)
 * @param registrationOpens window bounds in the event's local time; null = always open on that side
 */
public record EventInput(
    String title,
    EventKind kind,
    String venue,
    String zone,
    LocalDate startDate,
    LocalDate endDate,
    int tables,
    SchedulingMode schedulingMode,
    int maxRequestsPerParticipant,
    int requestExpiryHours,
    LocalDateTime registrationOpens,
    LocalDateTime registrationCloses,
    LocalDateTime bookingOpens,
    LocalDateTime bookingCloses,
    String description) {}
