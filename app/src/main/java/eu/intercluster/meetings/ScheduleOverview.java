package eu.intercluster.meetings;

import eu.intercluster.events.SchedulingMode;
import java.time.ZoneId;
import java.util.List;

/**
 * What the organiser's scheduling page shows.
 *
 * @param replanNeeded the schedule was published and since then a request was accepted or a
 *     meeting cancelled
 */
public record ScheduleOverview(long eventId, String eventTitle, ZoneId zone, SchedulingMode mode, int tables,
    List<SlotTime> slots, long accepted, long scheduled, long unscheduled, boolean published, boolean replanNeeded,
    ScheduleRunView latestRun, List<ScheduledMeeting> meetings) {}
