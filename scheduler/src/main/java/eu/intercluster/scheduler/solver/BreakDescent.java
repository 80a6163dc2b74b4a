package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Minimises breaks the way core-less MaxSAT solvers climb: asks CP-SAT for any schedule with at
 * most k breaks for k = lower bound, lower bound + 1, ...; each "no" proves a better bound and the
 * first "yes" is optimal. The tight bound lets presolve fix most variables, which is far faster on
 * these instances than CP-SAT's own objective search. Falls back to plain minimisation when the
 * climb runs out of time. With a complete construction the climb runs alongside the neighbourhood
 * search ({@link LnsClimb}); the climb is {@link BreakClimb}, its calls {@link AtMostBreaks}.
 */
final class BreakDescent {

  /** Time for a first schedule when the construction's is unusable. */
  private static final long FIRST_SCHEDULE_NANOS = 1_000_000_000L;

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;
  private final AtMostBreaks calls;

  BreakDescent(CpSatSearch search, CpSatModel m, SchedulerOptions options) {
    this.search = search;
    this.m = m;
    this.options = options;
    this.calls = new AtMostBreaks(search, m, options);
  }

  CpSatSearch.Outcome run(int[] hint, long deadlineNanos) {
    if (hint != null && System.getenv("INTERCLUSTER_NO_HINT") == null) {
      m.hint(hint);
    }
    long k = m.candidates.totalLowerBound();
    long max = m.maxTotalBreaks();
    long climbDeadline = System.nanoTime() + (long) ((deadlineNanos - System.nanoTime()) * 0.75);
    if ("probe".equals(System.getenv("INTERCLUSTER_MODE"))) {
      long t0 = System.nanoTime();
      if (System.getenv("INTERCLUSTER_PROBE_K") != null) {
        k = Long.parseLong(System.getenv("INTERCLUSTER_PROBE_K"));
      }
      CpSatSearch.Outcome o = calls.attempt(k, deadlineNanos);
      System.err.printf("PROBE k=%d status=%s t=%.2f%n", k, o.status(), (System.nanoTime() - t0) / 1e9);
      return o;
    }
    if ("core".equals(System.getenv("INTERCLUSTER_MODE"))) {
      CoreDescent.Result r = new CoreDescent(search, m).run(climbDeadline, options.progress());
      if (r.outcome() != null) {
        return r.outcome();
      }
      if (r.infeasible()) {
        return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, 0, true);
      }
      return calls.minimise(null, Math.max(k, r.bound()), deadlineNanos);
    }
    if ("squeeze".equals(System.getenv("INTERCLUSTER_MODE"))) {
      long hintBreaks = max;
      if (hint != null && Breaks.complete(m.problem, hint)) {
        hintBreaks = Math.min(max, Breaks.total(Breaks.perParticipant(m.problem, hint)));
      }
      return new BudgetSqueeze(search, options, calls).run(k, max, hintBreaks, climbDeadline, deadlineNanos);
    }
    if ("min".equals(System.getenv("INTERCLUSTER_MODE"))) {
      return calls.minimise(null, k, deadlineNanos);
    }
    if (System.getenv("INTERCLUSTER_NO_LNS") != null) {
      return climb(k, max, climbDeadline, deadlineNanos);
    }
    if (hint == null || !Breaks.complete(m.problem, hint)) {
      // The construction failed: these events are tight and the climb answers them at once.
      return climb(k, max, climbDeadline, deadlineNanos);
    }
    if (!Breaks.fair(Breaks.perParticipant(m.problem, hint), options.fairness())) {
      // An unfair construction (small d): a first CP-SAT schedule starts the neighbourhood search.
      // Measured at d = 1 (load 6): forum-13crafb 48 -> 7 breaks, ticf-13crafb 52 -> 7 at 20 s.
      CpSatSearch.Outcome any = calls.attempt(max, Math.min(climbDeadline, System.nanoTime() + FIRST_SCHEDULE_NANOS));
      if (any.status() == CpSolverStatus.INFEASIBLE) {
        return any;
      }
      if (any.slots() == null && !SlotAnnealer.supports(m.candidates)) {
        return climb(k, max, climbDeadline, deadlineNanos);
      }
      // Without a first schedule (a loaded machine: d = 1 forum-13crafb / ticf-13crafb ended at 48 / 52
      // breaks with the climb alone) the annealer repairs the unfair construction instead.
      int[] start = any.slots() != null ? any.slots() : hint;
      return new LnsClimb(search, m, options, calls).run(start, k, max, climbDeadline, deadlineNanos);
    }
    return new LnsClimb(search, m, options, calls).run(hint, k, max, climbDeadline, deadlineNanos);
  }

  /** The climb alone (no neighbourhood search); plain minimisation from its bound when it gives up. */
  private CpSatSearch.Outcome climb(long k, long max, long climbDeadline, long deadlineNanos) {
    BreakClimb climb = new BreakClimb(search, options, calls);
    AtomicLong bound = new AtomicLong(k);
    CpSatSearch.Outcome o = climb.run(k, max, climbDeadline, bound, null);
    return o != null ? o : calls.minimise(climb.feasible(), bound.get(), deadlineNanos);
  }
}
