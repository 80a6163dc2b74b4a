package eu.intercluster.meetings;

/** A request was accepted; the meeting exists (with its slot when self-scheduled). */
public record RequestAccepted(long eventId, long requestId, long meetingId, long requesterId, long recipientId) {}
