package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Breaker cases: a case (only the chosen participants may exceed their lower bound, at most k breaks)
 * has a schedule exactly when exhaustive search finds one, and its schedules are valid; a case with
 * an optimal schedule's breakers at the optimum is solved; refuted cases keep their subsets out; cases
 * run without phase saving.
 */
class BreakerCasesTest {

  @Property(tries = 150, seed = "11")
  void aCaseHasASchedulePreciselyWhenExhaustiveSearchFindsOne(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Random random = new Random(seed);
    Problem p = SchedulerPropertiesTest.randomProblem(random);
    CpSatModel m = new CpSatModel(new Candidates(p), fairness);
    BitSet breakers = new BitSet();
    for (int q = 0; q < m.breaks.length; q++) {
      if (random.nextInt(3) == 0) {
        breakers.set(q);
      }
    }
    BreakerCases.Case c = new BreakerCases.Case(breakers, random.nextInt(4), random.nextBoolean());
    boolean exists = false;
    for (int[] s : new ScheduleEnumerator(new Candidates(p)).all()) {
      int[] per = Breaks.perParticipant(p, s);
      exists |= Breaks.complete(p, s) && Breaks.fair(per, fairness) && Breaks.total(per) <= c.k() && held(m, per, c);
    }
    Statistics.collect(exists ? "case solvable" : "case refuted");
    CpSatSearch.Outcome o = solve(m, c, 0);
    if (!exists) {
      assertThat(o.status()).isEqualTo(CpSolverStatus.INFEASIBLE);
      return;
    }
    assertThat(o.slots()).isNotNull();
    int[] per = Breaks.perParticipant(p, o.slots());
    assertThat((long) Breaks.total(per)).isLessThanOrEqualTo(c.k());
    assertThat(held(m, per, c)).isTrue();
    var report = new ScheduleValidator().validate(p, new TableAssigner(p).assign(o.slots(), List.of()), fairness);
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void theOptimumsBreakersSolveTheCaseAtTheOptimum() {
    // 1 meets 2, 3, 4 in 4 slots; 2 and 3 also meet and 2 cannot take slots 2-3: someone breaks.
    Problem p = eu.intercluster.scheduler.TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4)
        .meeting(2, 3).forbid(2, 2).forbid(2, 3).build();
    int optimum = Integer.MAX_VALUE;
    int[] best = null;
    for (int[] s : new ScheduleEnumerator(new Candidates(p)).all()) {
      int[] per = Breaks.perParticipant(p, s);
      if (Breaks.complete(p, s) && Breaks.fair(per, 2) && Breaks.total(per) < optimum) {
        optimum = Breaks.total(per);
        best = per;
      }
    }
    assertThat(optimum).isPositive();
    CpSatModel m = new CpSatModel(new Candidates(p), 2);
    BitSet breakers = new BitSet();
    for (int q = 0; q < best.length; q++) {
      if (best[q] > 0) {
        breakers.set(q);
      }
    }
    CpSatSearch.Outcome o = solve(m, new BreakerCases.Case(breakers, optimum, true), optimum);
    assertThat(o.slots()).isNotNull();
    assertThat(Breaks.total(Breaks.perParticipant(p, o.slots()))).isEqualTo(optimum);
    assertThat(solve(m, new BreakerCases.Case(new BitSet(), optimum - 1, false), 0).status())
        .isEqualTo(CpSolverStatus.INFEASIBLE);
  }

  @Test
  void casesRunOnOneWorkerWithoutPhaseSavingAndWithTheirOwnSeed() {
    var p = CaseParameters.of(com.google.ortools.sat.SatParameters.newBuilder(), 3.0, 17);
    assertThat(p.getUsePhaseSaving()).as("phase saving only with INTERCLUSTER_CASE_PHASE_SAVING")
        .isEqualTo(System.getenv("INTERCLUSTER_CASE_PHASE_SAVING") != null);
    assertThat(p.getRandomSeed()).isEqualTo(17);
    assertThat(p.getNumWorkers()).isEqualTo(1);
    assertThat(p.getMaxTimeInSeconds()).isEqualTo(3.0);
  }

  @Test
  void drawsOnlyFrequentBreakersNearTheBoundAndSkipsSubsetsOfRefutedCases() {
    Problem p = SchedulerPropertiesTest.randomProblem(new Random(3));
    CpSatModel m = new CpSatModel(new Candidates(p), 2);
    BreakerCases cases = new BreakerCases(m);
    int[] per = new int[m.breaks.length];
    per[0] = 1;
    per[1] = 2;
    for (int i = 0; i < BreakerCases.MIN_SAMPLES; i++) {
      assertThat(cases.ready()).isFalse();
      cases.record(per);
    }
    assertThat(cases.ready()).isTrue();
    assertThat(cases.next(0, 20, new SplittableRandom(1))).as("best far above the bound: no case").isNull();
    assertThat(cases.next(0, 8, new SplittableRandom(1)).k()).as("at most bound + 0 or 1").isBetween(0L, 1L);
    BitSet expected = new BitSet();
    expected.set(0, 2);
    BreakerCases.Case drawn = cases.draw(3, new SplittableRandom(1));
    assertThat(drawn.breakers()).isEqualTo(expected);
    cases.outcome(new BreakerCases.Case(expected, 3, false), true, false);
    for (int seed = 0; seed < 10; seed++) {
      assertThat(cases.draw(3, new SplittableRandom(seed))).as("refuted at 3").isNull();
      assertThat(cases.draw(2, new SplittableRandom(seed))).as("refuted at 3, so at 2").isNull();
      assertThat(cases.draw(4, new SplittableRandom(seed)).breakers()).as("not refuted at 4").isEqualTo(expected);
    }
  }

  /** Every participant outside the breakers at the model's own lower bound. */
  private static boolean held(CpSatModel m, int[] per, BreakerCases.Case c) {
    for (int q = 0; q < per.length; q++) {
      if (m.breaks[q] == null) {
        continue;
      }
      long lb = m.breaks[q].getDomain().min();
      long allowed = !c.breakers().get(q) ? lb : c.capped() ? lb + 1 : Long.MAX_VALUE;
      if (per[q] > allowed) {
        return false;
      }
    }
    return true;
  }

  private static CpSatSearch.Outcome solve(CpSatModel m, BreakerCases.Case c, long bound) {
    CpModel base = m.model.getClone();
    base.clearObjective();
    BreakerCases cases = new BreakerCases(m);
    return cases.solve(c, cases.subModel(base, c, bound), 10, 1, ConcurrentHashMap.newKeySet());
  }
}
