package eu.intercluster.outcomes;

import eu.intercluster.outcomes.persistence.FeedbackRecord;
import eu.intercluster.outcomes.persistence.FollowUpRecord;
import eu.intercluster.outcomes.persistence.MeetingOutcomeRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Counts attendance, outcomes, ratings and follow-ups of one event. */
final class OutcomeTally {

  private OutcomeTally() {}

  static OutcomeCounts of(List<MeetingOutcomeRecord> marks, List<FeedbackRecord> feedback,
      List<FollowUpRecord> followUps) {
    long held = marks.stream().filter(m -> Attendance.HELD.name().equals(m.getAttendance())).count();
    long noShow = marks.stream().filter(m -> Attendance.NO_SHOW.name().equals(m.getAttendance())).count();
    Map<MeetingResult, Long> results = new EnumMap<>(MeetingResult.class);
    for (MeetingResult r : MeetingResult.values()) {
      results.put(r, feedback.stream().filter(f -> r.name().equals(f.getOutcome())).count());
    }
    Map<FollowUpStatus, Long> statuses = new EnumMap<>(FollowUpStatus.class);
    for (FollowUpStatus s : FollowUpStatus.values()) {
      statuses.put(s, followUps.stream().filter(f -> s.name().equals(f.getStatus())).count());
    }
    var ratings = feedback.stream().map(FeedbackRecord::getRating).filter(Objects::nonNull)
        .mapToInt(Integer::intValue).summaryStatistics();
    Double average = ratings.getCount() == 0 ? null : ratings.getAverage();
    return new OutcomeCounts(held, noShow, results, feedback.size(), average, statuses);
  }
}
