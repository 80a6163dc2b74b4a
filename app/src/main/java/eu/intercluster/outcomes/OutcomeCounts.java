package eu.intercluster.outcomes;

import java.util.Map;

/**
 * Outcomes of an event's meetings.
 *
 * @param outcomes feedback answers by outcome (every outcome present, possibly 0)
 * @param averageRating mean of the given ratings, null when none
 */
public record OutcomeCounts(long held, long noShow, Map<MeetingResult, Long> outcomes, long feedbackCount,
    Double averageRating, Map<FollowUpStatus, Long> followUps) {

  public OutcomeCounts {
    outcomes = Map.copyOf(outcomes);
    followUps = Map.copyOf(followUps);
  }

  /** No-shows among the meetings marked either way, null while none is marked. */
  public Double noShowRate() {
    long marked = held + noShow;
    return marked == 0 ? null : (double) noShow / marked;
  }
}
