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
 * schedule): each reaches the exhaustive optimum on small random events, with valid schedules.
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

  private static CpSatModel model(Event e) {
    return new CpSatModel(new Candidates(e.problem()), e.fairness());
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
    CpSatModel m = model(e);
    SchedulerOptions o = Solve.options(fairness);
    CpSatSearch search = new CpSatSearch(m, o, System.nanoTime());
    long k = m.candidates.totalLowerBound();
    CpSatSearch.Outcome out = new BreakClimb(search, o, new AtMostBreaks(search, m, o))
        .run(k, m.maxTotalBreaks(), System.nanoTime() + 10_000_000_000L, new AtomicLong(k), null);
    assertThat(out).isNotNull();
    assertThat(out.status()).isEqualTo(CpSolverStatus.OPTIMAL);
    assertThat(out.objective()).isEqualTo(e.optimum());
    assertValid(e, out.slots());
  }

  @Property(tries = 100, seed = "6")
  void climbNextToTheNeighbourhoodsEndsAtTheOptimum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Event e = event(seed, fairness);
    if (e == null) {
      return;
    }
    CpSatModel m = model(e);
    SchedulerOptions o = Solve.options(fairness).withThreads(2);
    CpSatSearch search = new CpSatSearch(m, o, System.nanoTime());
    long k = m.candidates.totalLowerBound();
    long deadline = System.nanoTime() + 10_000_000_000L;
    CpSatSearch.Outcome out = new LnsClimb(search, m, o, new AtMostBreaks(search, m, o))
        .run(e.worst(), k, m.maxTotalBreaks(), deadline, deadline);
    assertThat(out.status()).isEqualTo(CpSolverStatus.OPTIMAL);
    assertThat(out.objective()).isEqualTo(e.optimum());
    assertValid(e, out.slots());
  }

  @Property(tries = 100, seed = "7")
  void neighbourhoodsAloneReachTheOptimumFromTheWorstSchedule(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Event e = event(seed, fairness);
    if (e == null || Breaks.total(Breaks.perParticipant(e.problem(), e.worst())) == e.optimum()) {
      return;
    }
    CpSatModel m = model(e);
    SchedulerOptions o = Solve.options(fairness).withThreads(2);
    CpSatSearch search = new CpSatSearch(m, o, System.nanoTime());
    BreakLns lns = new BreakLns(search, m, o);
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
}
