package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The case split of "at most (sum of per-participant bounds + 1) breaks": a schedule when one
 * exists (checked by the validator), a refutation only when exhaustive search finds none.
 */
class ExtraBreakSplitTest {

  /** Three participants meet pairwise at one table in three slots: whoever is not in slot 2 breaks. */
  private static Problem triangle() {
    return TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(1, 3).meeting(2, 3).build();
  }

  @Test
  void findsTheScheduleWithOneBreakAboveTheBounds() {
    Problem p = triangle();
    ExtraBreakSplit.Result r = split(p, 2, 1);
    assertThat(r.slots()).isNotNull();
    assertThat(validBreaks(p, r.slots(), 2)).isEqualTo(1);
  }

  @Test
  void refutesWhenNoCaseHasASchedule() {
    // With d = 0 the one participant with a break is unfair: no schedule with at most 1 break.
    ExtraBreakSplit.Result r = split(triangle(), 0, 1);
    assertThat(r.slots()).isNull();
    assertThat(r.refuted()).isTrue();
  }

  @Test
  void onlyAnswersOneBreakAboveTheBounds() {
    CpSatModel m = new CpSatModel(new Candidates(triangle()), 2);
    ExtraBreakSplit s = new ExtraBreakSplit(new CpSatSearch(m, Solve.options(2), System.nanoTime()), m, 1, 1);
    assertThatThrownBy(() -> s.run(2, System.nanoTime() + 10_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 60, seed = "7")
  void agreesWithExhaustiveSearch(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness, @ForAll boolean reseeding) {
    Problem p = SchedulerPropertiesTest.randomProblem(new Random(seed));
    CpSatModel m = new CpSatModel(new Candidates(p), fairness);
    long k = ExtraBreakSplit.lowerBoundSum(m) + 1;
    ExtraBreakSplit.Result r = split(p, fairness, k, reseeding);
    int exhaustive = new ExhaustiveSearch(p, fairness).minimumBreaks();
    if (exhaustive >= 0 && exhaustive <= k) {
      assertThat(r.slots()).isNotNull();
      assertThat(validBreaks(p, r.slots(), fairness)).isBetween(exhaustive, (int) k);
    } else {
      assertThat(r.slots()).isNull();
      assertThat(r.refuted()).isTrue();
    }
  }

  private static ExtraBreakSplit.Result split(Problem p, int fairness, long k) {
    return split(p, fairness, k, true);
  }

  private static ExtraBreakSplit.Result split(Problem p, int fairness, long k, boolean reseeding) {
    CpSatModel m = new CpSatModel(new Candidates(p), fairness);
    CpSatSearch search = new CpSatSearch(m, Solve.options(fairness), System.nanoTime());
    return new ExtraBreakSplit(search, m, 1, 1, reseeding).run(k, System.nanoTime() + 10_000_000_000L);
  }

  private static int validBreaks(Problem p, int[] slots, int fairness) {
    List<Assignment> a = new TableAssigner(p).assign(slots, List.of());
    ValidationReport v = new ScheduleValidator().validate(p, a, fairness);
    assertThat(v.violations()).isEmpty();
    return v.breaks();
  }
}
