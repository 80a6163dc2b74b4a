package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The annealer only ever returns schedules that keep every constraint, and closes simple gaps. */
class SlotAnnealerTest {

  private static final long MILLIS = 1_000_000L;

  private static int[] anneal(Problem p, int fairness, List<Assignment> published, int[] start, long millis) {
    SlotAnnealer a = new SlotAnnealer(new Candidates(p), fairness, published, new SplittableRandom(1));
    return a.improve(start, 0, System.nanoTime() + millis * MILLIS, () -> false);
  }

  private static int breaks(Problem p, int[] slots) {
    return Breaks.total(Breaks.perParticipant(p, slots));
  }

  @Test
  void closesAGapByAKempeChain() {
    // 1 meets 2, 3, 4 in slots 1, 3, 4 (a break), 2 and 3 meet in slot 2: moving 1-2 to slot 2
    // pushes 2-3 to slot 1.
    Problem p = TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4).meeting(2, 3).build();
    int[] start = {1, 3, 4, 2};
    int[] out = anneal(p, 2, List.of(), start, 200);
    assertThat(breaks(p, out)).isZero();
    assertThat(new ScheduleValidator().validate(p, new TableAssigner(p).assign(out, List.of()), 2).violations())
        .isEmpty();
  }

  @Test
  void neverMovesMorePublishedMeetings() {
    Problem p = TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4).meeting(2, 3).build();
    int[] start = {1, 3, 4, 2};
    // every meeting published where it is: the gap cannot be closed without moving one
    List<Assignment> published = List.of(new Assignment(1, 1, 1), new Assignment(2, 3, 1), new Assignment(3, 4, 1),
        new Assignment(4, 2, 1));
    assertThat(anneal(p, 2, published, start, 50)).containsExactly(start);
  }

  @Test
  void repairsAnUnfairStart() {
    Problem p = TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4).meeting(2, 3).build();
    int[] start = {1, 3, 4, 2};
    // participant 1 has a break, the others none: unfair at d = 0
    assertThat(Breaks.fair(Breaks.perParticipant(p, start), 0)).isFalse();
    int[] out = anneal(p, 0, List.of(), start, 200);
    assertThat(new ScheduleValidator().validate(p, new TableAssigner(p).assign(out, List.of()), 0).violations())
        .isEmpty();
  }

  @Test
  void stopsAfterATemperatureCycleWithoutABetterSchedule() {
    // participant 1 cannot meet in slot 2 and meets 2 and 3 in slots 1 and 3: one break it cannot lose
    Problem p = TinyProblem.of(3, 3, 2).meeting(1, 2).meeting(1, 3).forbid(1, 2).build();
    int[] start = {1, 3};
    SlotAnnealer a = new SlotAnnealer(new Candidates(p), 2, List.of(), new SplittableRandom(1));
    long t0 = System.nanoTime();
    int[] out = a.improve(start, 0, t0 + 60_000 * MILLIS, () -> false, 1);
    assertThat(System.nanoTime() - t0).isLessThan(30_000 * MILLIS);
    assertThat(breaks(p, out)).isEqualTo(1);
  }

  @Property(tries = 60, seed = "11")
  void returnsTheStartOrAFairSchedule(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 1) int fairness) {
    Random random = new Random(seed);
    Problem p = withPrecedences(SchedulerPropertiesTest.randomProblem(random), random);
    List<int[]> all = new ScheduleEnumerator(new Candidates(p)).all();
    if (all.isEmpty()) {
      return;
    }
    int[] start = all.get(random.nextInt(all.size()));
    int[] out = anneal(p, fairness, List.of(), start.clone(), 10);
    if (!java.util.Arrays.equals(out, start)) {
      var report = new ScheduleValidator().validate(p, new TableAssigner(p).assign(out, List.of()), fairness);
      assertThat(report.violations()).isEmpty();
    }
  }

  @Property(tries = 80, seed = "7")
  void keepsEveryConstraint(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Random random = new Random(seed);
    Problem p = withPrecedences(SchedulerPropertiesTest.randomProblem(random), random);
    List<int[]> fair = new ArrayList<>();
    for (int[] s : new ScheduleEnumerator(new Candidates(p)).all()) {
      if (Breaks.fair(Breaks.perParticipant(p, s), fairness)) {
        fair.add(s);
      }
    }
    if (fair.isEmpty()) {
      return;
    }
    int[] start = fair.get(random.nextInt(fair.size()));
    int[] out = anneal(p, fairness, List.of(), start.clone(), 10);
    var report = new ScheduleValidator().validate(p, new TableAssigner(p).assign(out, List.of()), fairness);
    assertThat(report.violations()).isEmpty();
    assertThat(breaks(p, out)).isLessThanOrEqualTo(breaks(p, start));
  }

  private static Problem withPrecedences(Problem p, Random random) {
    List<Precedence> pr = new ArrayList<>();
    int n = p.meetings().size();
    for (int k = 0; k < 2; k++) {
      int a = 1 + random.nextInt(n);
      int b = 1 + random.nextInt(n);
      if (a < b) {
        pr.add(new Precedence(a, b));
      }
    }
    return new Problem(p.name(), p.slotCount(), p.morningSlots(), p.tableCount(), p.participants(), p.meetings(), pr);
  }
}
