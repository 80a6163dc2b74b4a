package eu.intercluster.events;

/** An organiser accepted a registration. */
public record ParticipantValidated(long eventId, long participantId) {}
