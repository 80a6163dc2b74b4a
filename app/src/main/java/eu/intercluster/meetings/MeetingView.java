package eu.intercluster.meetings;

import java.time.ZonedDateTime;

/**
 * An agreed meeting between two participants. {@code slot}, {@code table}, {@code start} and
 * {@code end} are null while the meeting waits for the organiser's schedule; {@code published}
 * is true once participants can see its time (always true under self-scheduling).
 *
 * @param requesterId the participant who asked for the meeting
 * @param partnerId the participant who accepted
 */
public record MeetingView(
    long id,
    long eventId,
    long requestId,
    long requesterId,
    long partnerId,
    Integer slot,
    Integer table,
    ZonedDateTime start,
    ZonedDateTime end,
    boolean published,
    boolean cancelled) {

  /** True when the participant is one of the two. */
  public boolean involves(long participantId) {
    return requesterId == participantId || partnerId == participantId;
  }

  /** The other participant of the meeting. */
  public long partnerOf(long participantId) {
    return requesterId == participantId ? partnerId : requesterId;
  }
}
