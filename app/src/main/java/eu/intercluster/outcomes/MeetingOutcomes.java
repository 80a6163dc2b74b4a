package eu.intercluster.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * Attendance, feedback and follow-up of meetings. Changes check access themselves against the
 * given username (organisers mark attendance; only the two participants of a meeting give feedback
 * and follow-up) and throw {@link org.springframework.security.access.AccessDeniedException};
 * reading does not check access.
 */
public interface MeetingOutcomes {

  MeetingOutcome outcome(long meetingId);

  /** Outcomes of every meeting of the event that has one (attendance or feedback). */
  List<MeetingOutcome> outcomes(long eventId);

  OutcomeCounts counts(long eventId);

  /**
   * Marks a meeting held or no-show, or clears the mark ({@code attendance} null). Held writes one
   * MET_AT relation between the two organisations; anything else removes the one written before.
   *
   * @throws eu.intercluster.system.InvalidInputException when the meeting is cancelled or not scheduled and published
   */
  MeetingOutcome markAttendance(long meetingId, Attendance attendance, String username);

  /**
   * Saves (or replaces) the signed-in participant's feedback. An AGREEMENT_REACHED from either
   * participant writes one AGREEMENT_REACHED relation; when no feedback says so any more it is removed.
   *
   * @throws eu.intercluster.system.InvalidInputException naming the field (outcome, rating, comment)
   *     or {@code meeting} when it was a no-show or is cancelled
   */
  FeedbackView saveFeedback(long meetingId, FeedbackInput input, String username);

  Optional<FeedbackView> feedback(long meetingId, long participantId);

  /** @throws eu.intercluster.system.InvalidInputException naming the field (status, comment) */
  FollowUpView saveFollowUp(long meetingId, FollowUpInput input, String username);

  Optional<FollowUpView> followUp(long meetingId, long participantId);
}
