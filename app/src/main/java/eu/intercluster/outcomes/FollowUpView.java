package eu.intercluster.outcomes;

import java.time.Instant;

/** One participant's follow-up on one meeting. */
public record FollowUpView(long meetingId, long participantId, FollowUpStatus status, String comment,
    Instant updatedAt) {}
