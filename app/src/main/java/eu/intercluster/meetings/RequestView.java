package eu.intercluster.meetings;

import java.time.Instant;

/** A meeting request as other modules see it. */
public record RequestView(long id, long eventId, long requesterId, long recipientId,
    String message, RequestStatus status, Instant sentAt, Instant expiresAt, Long meetingId) {}
