package eu.intercluster.meetings;

/** A meeting with the names of its two participants, for the organiser. */
public record ScheduledMeeting(MeetingView meeting, String requesterName, String partnerName) {

  public long id() {
    return meeting.id();
  }
}
