package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.time.Duration;
import java.util.List;

/** Deterministic small solves for tests; every schedule is checked by the independent validator. */
final class Solve {

  private Solve() {}

  static SchedulerOptions options(int fairness) {
    return SchedulerOptions.defaults().withThreads(1).withSeed(1).withFairness(fairness)
        .withTimeLimit(Duration.ofSeconds(20));
  }

  static ScheduleResult solve(Problem p) {
    return solve(p, options(2));
  }

  static ScheduleResult solve(Problem p, SchedulerOptions o) {
    ScheduleResult r = new MeetingScheduler().solve(p, o);
    if (r.hasSchedule()) {
      ValidationReport v = new ScheduleValidator().validate(p, r.assignments(), o.fairness());
      assertThat(v.violations()).as("validator").isEmpty();
      assertThat(v.breaks()).as("breaks recomputed by the validator").isEqualTo(r.breaks());
      assertThat(r.lowerBound()).isLessThanOrEqualTo(r.breaks());
    }
    return r;
  }

  static int slotOf(ScheduleResult r, int meeting) {
    return r.assignments().stream().filter(a -> a.meeting() == meeting).mapToInt(Assignment::slot).findFirst()
        .orElse(0);
  }

  static int tableOf(ScheduleResult r, int meeting) {
    return r.assignments().stream().filter(a -> a.meeting() == meeting).mapToInt(Assignment::table).findFirst()
        .orElse(0);
  }

  static List<Assignment> assignments(ScheduleResult r) {
    return r.assignments();
  }
}
