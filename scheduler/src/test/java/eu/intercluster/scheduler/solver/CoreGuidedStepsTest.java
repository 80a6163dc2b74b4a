package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.CpSolverStatus;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The climb with its steps handed to the core-guided bound (at once: no minimum time left, a tiny
 * deterministic cap on the whole-model call) ends at the exhaustive optimum with a valid schedule, and
 * its bound never passes the optimum; with a minimum time longer than the limit nothing is handed over.
 */
class CoreGuidedStepsTest {

  @Property(tries = 80, seed = "9")
  void climbWithCoresEndsAtTheOptimum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 1, max = 3) int fairness) {
    Problem p = seed % 3 == 0 ? SchedulerPropertiesTest.randomProblem(new Random(seed))
        : CoreDescentTest.crowded(new Random(seed));
    int optimum = new ExhaustiveSearch(p, fairness).minimumBreaks();
    if (optimum < 0) {
      return;
    }
    CpSatModel m = new CpSatModel(new Candidates(p), fairness);
    SchedulerOptions o = Solve.options(fairness);
    CpSatSearch search = new CpSatSearch(m, o, System.nanoTime());
    CoreGuidedSteps steps = new CoreGuidedSteps(search, m, o, 0, 1e-6);
    long k = m.candidates.totalLowerBound();
    AtomicLong bound = new AtomicLong(k);
    CpSatSearch.Outcome out = new BreakClimb(search, o, new AtMostBreaks(search, m, o, steps))
        .run(k, m.maxTotalBreaks(), System.nanoTime() + 10_000_000_000L, bound, null);
    Statistics.collect(steps.active() ? "cores took over" : "whole-model calls only");
    assertThat(bound.get()).isLessThanOrEqualTo(optimum);
    assertThat(out).isNotNull();
    assertThat(out.status()).isEqualTo(CpSolverStatus.OPTIMAL);
    assertThat(out.objective()).isEqualTo(optimum);
    var report = new ScheduleValidator().validate(p, new TableAssigner(p).assign(out.slots(), List.of()), fairness);
    assertThat(report.violations()).isEmpty();
    assertThat(report.breaks()).isEqualTo(optimum);
  }

  @Test
  void nothingIsHandedOverWithoutEnoughTimeLeft() {
    Problem p = CoreDescentTest.crowded(new Random(3));
    CpSatModel m = new CpSatModel(new Candidates(p), 2);
    SchedulerOptions o = Solve.options(2);
    CpSatSearch search = new CpSatSearch(m, o, System.nanoTime());
    CoreGuidedSteps steps = new CoreGuidedSteps(search, m, o, 30, 1e-6);
    long k = ExtraBreakSplit.lowerBoundSum(m) + 2;
    assertThat(steps.ready(k)).isFalse();
    assertThat(new CoreGuidedSteps(search, m, o, 0, 1e-6).ready(k)).isTrue();
    assertThat(new CoreGuidedSteps(search, m, o, 0, 1e-6).ready(k - 1)).isFalse();
    assertThat(steps.active()).isFalse();
  }
}
