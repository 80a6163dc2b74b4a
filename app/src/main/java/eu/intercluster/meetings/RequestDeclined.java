package eu.intercluster.meetings;

/** A request was declined by its recipient. */
public record RequestDeclined(long eventId, long requestId, long requesterId, long recipientId) {}
