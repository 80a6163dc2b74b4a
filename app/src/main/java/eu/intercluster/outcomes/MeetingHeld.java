package eu.intercluster.outcomes;

/** Staff marked a meeting as held. */
public record MeetingHeld(long eventId, long meetingId, long requesterId, long partnerId) {}
