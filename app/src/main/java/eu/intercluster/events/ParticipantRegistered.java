package eu.intercluster.events;

/** Someone registered for an event; the registration waits for an organiser. */
public record ParticipantRegistered(long eventId, long participantId) {}
