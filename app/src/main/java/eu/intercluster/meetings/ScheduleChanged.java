package eu.intercluster.meetings;

/** Published meetings moved, were added or cancelled; the listed participants are affected. */
public record ScheduleChanged(long eventId, java.util.Set<Long> participantIds) {}
