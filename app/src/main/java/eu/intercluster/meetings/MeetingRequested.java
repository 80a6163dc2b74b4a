package eu.intercluster.meetings;

/** A participant asked another for a meeting. */
public record MeetingRequested(long eventId, long requestId, long requesterId, long recipientId, String message) {}
