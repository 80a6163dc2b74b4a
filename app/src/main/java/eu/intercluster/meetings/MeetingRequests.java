package eu.intercluster.meetings;

/**
 * Meeting requests between validated participants of one event, for the signed-in participant
 * named by {@code username}: every method checks that the user is the participant concerned.
 */
public interface MeetingRequests {

  /**
   * Sends a request. Under self-scheduling it holds a slot for both participants: {@code slot}
   * when given (it must be free for both), otherwise the first mutual free slot.
   *
   * @throws eu.intercluster.system.InvalidInputException on {@code recipientId}, {@code message}
   *     or {@code slot}
   * @throws eu.intercluster.system.ConflictException when booking is closed, the quota is used up,
   *     or the two already have an open request
   */
  RequestView send(long eventId, String username, long recipientId, String message, Integer slot);

  /**
   * The recipient accepts; the meeting is created (and booked under self-scheduling).
   *
   * @throws eu.intercluster.system.ConflictException when the request is no longer pending or no
   *     slot and table are free for both
   */
  MeetingView accept(long eventId, long requestId, String username);

  /** The recipient declines a pending request; its held slot is released. */
  RequestView decline(long eventId, long requestId, String username);

  /** The requester withdraws a pending request, or either participant cancels an accepted one. */
  RequestView cancel(long eventId, long requestId, String username);

  /** The signed-in participant's incoming and outgoing requests. */
  ParticipantRequests ofParticipant(long eventId, String username);

  /** Expires unanswered requests whose time is up; returns how many expired. */
  int expireDue(java.time.Instant now);
}
