package eu.intercluster.outcomes;

import java.time.Instant;

/** One participant's feedback on one meeting. */
public record FeedbackView(long meetingId, long participantId, MeetingResult outcome, Integer rating,
    String comment, Instant updatedAt) {}
