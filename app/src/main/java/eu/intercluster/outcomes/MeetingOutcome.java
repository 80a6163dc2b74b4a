package eu.intercluster.outcomes;

import java.util.List;

/**
 * What became of a meeting.
 *
 * @param attendance null while nobody marked it
 * @param metAtRelationId the MET_AT relation written into the map for it, if any
 * @param agreementRelationId the AGREEMENT_REACHED relation written into the map for it, if any
 */
public record MeetingOutcome(long meetingId, Attendance attendance, List<FeedbackView> feedback,
    Long metAtRelationId, Long agreementRelationId) {

  public MeetingOutcome {
    feedback = List.copyOf(feedback);
  }
}
