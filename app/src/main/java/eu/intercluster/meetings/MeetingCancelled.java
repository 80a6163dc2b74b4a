package eu.intercluster.meetings;

/** A meeting was cancelled by a participant or the organiser. */
public record MeetingCancelled(long eventId, long meetingId, long requesterId, long partnerId) {}
