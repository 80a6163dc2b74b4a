package eu.intercluster.meetings;

/** The organiser published the schedule; every listed participant has an agenda. */
public record SchedulePublished(long eventId, java.util.Set<Long> participantIds) {}
