package eu.intercluster.outcomes;

/** A participant recorded (or changed) the outcome of a meeting. */
public record OutcomeRecorded(long eventId, long meetingId, long participantId, MeetingResult outcome) {}
