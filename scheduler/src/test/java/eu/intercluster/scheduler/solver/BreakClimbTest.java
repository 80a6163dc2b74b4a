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
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * The climb ("at most k breaks?" for k = bound, bound + 1, ...) alone and next to the neighbourhood
 * search, and the neighbourhood search alone (annealing, then neighbourhoods from each thread's own
 * schedule): each reaches the exhaustive optimum on small random events, with valid schedules. The
 * climb's calls run on one worker once the neighbourhood search works beside it, with the same answers.
 */
class BreakClimbTest {

  private record Event(Problem problem, int fairness, int optimum, int[] worst) {}

  /** A small random event with a fair schedule, its optimum and its worst fair schedule; null if none. */
  private static Event event(int seed, int fairness) {
    Random random = new Random(seed);
    Problem p = SchedulerPropertiesTest.randomProblem(random);
    int optimum = Integer.MAX_VALUE;
    int[] worst = null;
    int worstBreaks = -1;
    for (int[] s : new ScheduleEnumerator(new Candidates(p)).all()) {
      int[] per = Breaks.perParticipant(p, s);
      if (Breaks.complete(p, s) && Breaks.fair(per, fairness)) {
        int b = Breaks.total(per);
        optimum = Math.min(optimum, b);
        if (b > worstBreaks) {
          worstBreaks = b;
          worst = s;
        }
      }
    }
    Statistics.collect(worst == null ? "no fair schedule" : optimum > 0 ? "optimum > 0" : "optimum 0");
    return worst == null ? null : new Event(p, fairness, optimum, worst);
  }

  /** The solver pieces for an event, on the given number of threads. */
  private record Solver(CpSatModel m, SchedulerOptions o, CpSatSearch search) {
    static Solver of(Event e, int threads) {
      CpSatModel m = new CpSatModel(new Candidates(e.problem()), e.fairness());
      SchedulerOptions o = Solve.options(e.fairness()).withThreads(threads);
      return new Solver(m, o, new CpSatSearch(m, o, System.nanoTime()));
    }

    AtMostBreaks calls() {
      return new AtMostBreaks(search, m, o);
    }

    long bound() {
      return m.candidates.totalLowerBound();
    }
  }

  private static void assertOptimal(Event e, CpSatSearch.Outcome out) {
    assertThat(out).isNotNull();
    assertThat(out.status()).isEqualTo(CpSolverStatus.OPTIMAL);
    assertThat(out.objective()).isEqualTo(e.optimum());
    assertValid(e, out.slots());
  }

  private static void assertValid(Event e, int[] slots) {
    var report = new ScheduleValidator().validate(e.problem(), new TableAssigner(e.problem()).assign(slots, List.of()),
        e.fairness());
    assertThat(report.violations()).isEmpty();
  }

  @Property(tries = 100, seed = "5")
  void climbAloneEndsAtTheOptimum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Event e = event(seed, fairness);
    if (e == null) {
      return;
    }
    Solver s = Solver.of(e, 1);
    long k = s.bound();
    assertOptimal(e, new BreakClimb(s.search(), s.o(), s.calls())
        .run(k, s.m().maxTotalBreaks(), System.nanoTime() + 10_000_000_000L, new AtomicLong(k), null));
  }

  @Property(tries = 100, seed = "6")
  void climbNextToTheNeighbourhoodsEndsAtTheOptimum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Event e = event(seed, fairness);
    if (e == null) {
      return;
    }
    Solver s = Solver.of(e, 2);
    long deadline = System.nanoTime() + 10_000_000_000L;
    assertOptimal(e, new LnsClimb(s.search(), s.m(), s.o(), s.calls())
        .run(e.worst(), s.bound(), s.m().maxTotalBreaks(), deadline, deadline));
  }

  @Property(tries = 100, seed = "7")
  void neighbourhoodsAloneReachTheOptimumFromTheWorstSchedule(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Event e = event(seed, fairness);
    if (e == null || Breaks.total(Breaks.perParticipant(e.problem(), e.worst())) == e.optimum()) {
      return;
    }
    Solver s = Solver.of(e, 2);
    BreakLns lns = new BreakLns(s.search(), s.m(), s.o());
    lns.start(e.worst());
    long deadline = System.nanoTime() + 10_000_000_000L;
    Thread other = new Thread(() -> lns.work(e::optimum, deadline, () -> false));
    other.start();
    lns.work(e::optimum, deadline, () -> false);
    try {
      other.join();
    } catch (InterruptedException ex) {
      throw new IllegalStateException(ex);
    }
    assertThat(lns.bestBreaks()).isEqualTo(e.optimum());
    assertValid(e, lns.best());
  }

  @Property(tries = 60, seed = "8")
  void climbStepsOnOneWorkerBesideAWorkingNeighbourhoodSearchAnswerAsExhaustiveSearch(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Event e = event(seed, fairness);
    if (e == null) {
      return;
    }
    Solver s = Solver.of(e, 2);
    BreakLns lns = working(s, e.worst());
    AtMostBreaks calls = new AtMostBreaks(s.search(), s.m(), s.o(), new CoreGuidedSteps(s.search(), s.m(), s.o(), -1, 0.5));
    assertThat(calls.climbWorkers(lns, e.optimum())).isEqualTo(1);
    long deadline = System.nanoTime() + 10_000_000_000L;
    if (e.optimum() > s.bound()) {
      assertThat(calls.climbStep(e.optimum() - 1, deadline, lns).status()).isEqualTo(CpSolverStatus.INFEASIBLE);
    }
    CpSatSearch.Outcome o = calls.climbStep(e.optimum(), deadline, lns);
    assertThat(o.slots()).isNotNull();
    assertThat(Breaks.total(Breaks.perParticipant(e.problem(), o.slots()))).isEqualTo(e.optimum());
    assertValid(e, o.slots());
  }

  @org.junit.jupiter.api.Test
  void theClimbLeavesACoreToTheNeighbourhoodSearchOnceItWorks() {
    Problem p = eu.intercluster.scheduler.TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4)
        .meeting(2, 3).build();
    int[] start = {1, 2, 3, 4};
    Solver s = Solver.of(new Event(p, 2, 0, start), 2);
    AtMostBreaks calls = s.calls();
    BreakLns lns = new BreakLns(s.search(), s.m(), s.o());
    lns.start(start);
    long split = ExtraBreakSplit.lowerBoundSum(s.m()) + 1;
    boolean one = System.getenv("INTERCLUSTER_CLIMB_ALL_WORKERS") == null;
    assertThat(calls.climbWorkers(null, split + 1)).as("the climb alone").isEqualTo(2);
    assertThat(calls.climbWorkers(lns, split)).as("first steps before the neighbourhood search works").isEqualTo(2);
    assertThat(calls.climbWorkers(lns, split + 1)).as("a long climb").isEqualTo(one ? 1 : 2);
    lns.work(() -> Long.MAX_VALUE, System.nanoTime() + 1_000_000_000L, () -> false);
    assertThat(calls.climbWorkers(lns, split)).as("beside a working neighbourhood search").isEqualTo(one ? 1 : 2);
  }

  /** A neighbourhood search on the event that has started working (and returned at once). */
  private static BreakLns working(Solver s, int[] start) {
    BreakLns lns = new BreakLns(s.search(), s.m(), s.o());
    lns.start(start);
    lns.work(() -> Long.MAX_VALUE, System.nanoTime() + 1_000_000_000L, () -> false);
    return lns;
  }

  @org.junit.jupiter.api.Test
  void neighbourhoodsRepairAnUnfairStart() {
    // participant 1 meets 2, 3, 4 in slots 1, 3, 4 (a break), 2 and 3 meet in slot 2: unfair at d = 0
    Problem p = eu.intercluster.scheduler.TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4)
        .meeting(2, 3).build();
    int[] start = {1, 3, 4, 2};
    Event e = new Event(p, 0, 0, start);
    Solver s = Solver.of(e, 1);
    BreakLns lns = new BreakLns(s.search(), s.m(), s.o());
    lns.start(start);
    assertThat(lns.bestBreaks()).as("an unfair start is no schedule").isEqualTo(Long.MAX_VALUE);
    lns.work(() -> 0, System.nanoTime() + 10_000_000_000L, () -> false);
    assertThat(lns.bestBreaks()).isZero();
    assertValid(e, lns.best());
  }
}
