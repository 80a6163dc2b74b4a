package eu.intercluster.meetings;

/** A request went unanswered past the event's expiry and no longer blocks slots. */
public record RequestExpired(long eventId, long requestId, long requesterId, long recipientId) {}
