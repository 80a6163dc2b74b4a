package eu.intercluster.events;

/**
 * A participant withdrew (or an organiser withdrew them). Published inside the withdrawing
 * transaction, so listeners that free what the participant held commit or roll back with it.
 */
public record ParticipantWithdrawn(long eventId, long participantId) {}
