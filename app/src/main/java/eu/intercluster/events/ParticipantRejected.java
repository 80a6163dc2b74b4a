package eu.intercluster.events;

/** An organiser turned a registration down. */
public record ParticipantRejected(long eventId, long participantId, String reason) {}
