package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The core-guided descent ({@code INTERCLUSTER_MODE=core}): its bound never passes the optimum of
 * exhaustive search, and the schedule it ends with is that optimum; no schedule when exhaustive
 * search finds none.
 */
class CoreDescentTest {

  @Test
  void triangleNeedsOneBreak() {
    Problem p = TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(1, 3).meeting(2, 3).build();
    CoreDescent.Result r = descent(p, 2, 10);
    assertThat(r.outcome()).isNotNull();
    assertThat(r.bound()).isEqualTo(1);
    assertThat(validBreaks(p, r.outcome().slots(), 2)).isEqualTo(1);
  }

  @Property(tries = 80, seed = "5")
  void agreesWithExhaustiveSearch(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 1, max = 3) int fairness) {
    Problem p = seed % 3 == 0 ? SchedulerPropertiesTest.randomProblem(new Random(seed)) : crowded(new Random(seed));
    int exhaustive = new ExhaustiveSearch(p, fairness).minimumBreaks();
    int start = new Candidates(p).participantLowerBoundSum();
    if (exhaustive < 0) {
      Statistics.collect("infeasible");
      CoreDescent.Result r = descent(p, fairness, 0.2);
      assertThat(r.outcome()).isNull();
      return;
    }
    CoreDescent.Result r = descent(p, fairness, 10);
    Statistics.collect(exhaustive - start >= 2 ? "two or more cores" : "at most one core");
    assertThat(r.outcome()).isNotNull();
    assertThat(r.bound()).isEqualTo(exhaustive);
    assertThat(validBreaks(p, r.outcome().slots(), fairness)).isEqualTo(exhaustive);
  }

  /**
   * One or two triangles (three participants meeting pairwise: one of them breaks, three slots
   * cannot be pairwise consecutive) and a few more meetings in three or four slots, two tables.
   */
  static Problem crowded(Random random) {
    int participants = 6;
    int slots = 3 + random.nextInt(2);
    int triangles = 1 + random.nextInt(2);
    TinyProblem b = TinyProblem.of(participants, slots, 2);
    Set<Long> pairs = new HashSet<>();
    for (int t = 0; t < triangles; t++) {
      int o = 3 * t + 1;
      int[][] edges = {{o, o + 1}, {o, o + 2}, {o + 1, o + 2}};
      for (int[] e : edges) {
        pairs.add((long) e[0] * 100 + e[1]);
        b.meeting(e[0], e[1]);
      }
    }
    int meetings = 3 * triangles + random.nextInt(slots == 3 ? 2 : 1) + (triangles == 1 ? 2 : 0);
    for (int n = 3 * triangles; n < meetings; ) {
      int x = 1 + random.nextInt(participants);
      int y = 1 + random.nextInt(participants);
      if (x != y && pairs.add((long) Math.min(x, y) * 100 + Math.max(x, y))) {
        b.meeting(x, y);
        n++;
      }
    }
    if (random.nextBoolean()) {
      b.forbid(1 + random.nextInt(participants), 1 + random.nextInt(slots));
    }
    return b.build();
  }

  /**
   * The descent asked for one bound at a time (as the climb does through {@link CoreGuidedSteps}):
   * it keeps its groups between calls, its bound never passes the optimum, and a step that finds a
   * schedule finds the optimum.
   */
  @Property(tries = 80, seed = "8")
  void stepwiseAgreesWithExhaustiveSearch(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 1, max = 3) int fairness) {
    Problem p = seed % 3 == 0 ? SchedulerPropertiesTest.randomProblem(new Random(seed)) : crowded(new Random(seed));
    int exhaustive = new ExhaustiveSearch(p, fairness).minimumBreaks();
    if (exhaustive < 0) {
      return;
    }
    CpSatModel m = new CpSatModel(new Candidates(p), fairness);
    CpSatSearch search = new CpSatSearch(m, Solve.options(fairness), System.nanoTime());
    CoreDescent d = new CoreDescent(search, m);
    long deadline = System.nanoTime() + 10_000_000_000L;
    int steps = 0;
    for (long target = d.bound(); ; target++) {
      CoreDescent.Result r = d.runUntil(deadline, ProgressListener.none(), target);
      assertThat(r.infeasible()).isFalse();
      assertThat(r.bound()).isLessThanOrEqualTo(exhaustive);
      if (r.outcome() != null) {
        assertThat(r.bound()).isEqualTo(exhaustive);
        assertThat(validBreaks(p, r.outcome().slots(), fairness)).isEqualTo(exhaustive);
        break;
      }
      assertThat(r.bound()).isEqualTo(target + 1);
      steps++;
    }
    Statistics.collect(steps >= 2 ? "two or more steps" : "at most one step");
  }

  private static CoreDescent.Result descent(Problem p, int fairness, double seconds) {
    CpSatModel m = new CpSatModel(new Candidates(p), fairness);
    CpSatSearch search = new CpSatSearch(m, Solve.options(fairness), System.nanoTime());
    return new CoreDescent(search, m).run(System.nanoTime() + (long) (seconds * 1e9), ProgressListener.none());
  }

  private static int validBreaks(Problem p, int[] slots, int fairness) {
    List<Assignment> a = new TableAssigner(p).assign(slots, List.of());
    ValidationReport v = new ScheduleValidator().validate(p, a, fairness);
    assertThat(v.violations()).isEmpty();
    return v.breaks();
  }
}
