package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;

/**
 * The CP-SAT calls of the break descent: "a schedule with at most k breaks?" on the whole model,
 * the same with {@link ExtraBreakSplit} taking over when k is one above the sum of the
 * per-participant bounds or {@link CoreGuidedSteps} when k is higher and the time limit long, and plain
 * minimisation from a proven bound.
 */
final class AtMostBreaks {

  /**
   * Deterministic time the whole-model "at most k" call gets before the case split takes over: the
   * refutations it answers there are presolve's (0.04-0.06 on forum-13crafb, ticf-13crafb and their
   * forb files), and a wall-clock second is 0.35 of it at load 7.
   */
  private static final double SPLIT_AFTER_DETERMINISTIC = 0.3;
  private static final boolean SPLIT = System.getenv("INTERCLUSTER_NO_SPLIT") == null;
  /** Whether the climb's whole-model calls run on one worker while the neighbourhood search runs. */
  private static final boolean CLIMB_ON_ONE_WORKER = System.getenv("INTERCLUSTER_CLIMB_ALL_WORKERS") == null;
  /** Seconds the time limit must still leave for the core-guided bound to take over (negative: never). */
  private static final double CORE_MIN_SECONDS = envDouble("INTERCLUSTER_CORE_MIN_SECONDS", 30);
  /** Deterministic time the whole-model call gets before the core-guided bound takes over. */
  private static final double CORE_AFTER_DETERMINISTIC = envDouble("INTERCLUSTER_CORE_AFTER", 0.5);

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;
  private final CoreGuidedSteps cores;

  AtMostBreaks(CpSatSearch search, CpSatModel m, SchedulerOptions options) {
    this(search, m, options, new CoreGuidedSteps(search, m, options, CORE_MIN_SECONDS, CORE_AFTER_DETERMINISTIC));
  }

  AtMostBreaks(CpSatSearch search, CpSatModel m, SchedulerOptions options, CoreGuidedSteps cores) {
    this.search = search;
    this.m = m;
    this.options = options;
    this.cores = cores;
  }

  /** Any schedule with at most maxBreaks breaks (first solution), on the whole model. */
  CpSatSearch.Outcome attempt(long maxBreaks, long deadline) {
    double seconds = (deadline - System.nanoTime()) / 1e9;
    return search.solve(atMost(maxBreaks), seconds, false, true);
  }

  /** The whole model without its objective, at most maxBreaks breaks in total. */
  private CpModel atMost(long maxBreaks) {
    CpModel trial = m.model.getClone();
    trial.clearObjective();
    trial.addLessOrEqual(m.totalBreaks, maxBreaks);
    return trial;
  }

  /**
   * "At most k" the way the climb asks it: by {@link #attemptThenSplit} when the split applies, by
   * {@link CoreGuidedSteps} when a long time limit leaves room for the core-guided bound.
   */
  CpSatSearch.Outcome climbStep(long k, long climbDeadline, BreakLns lns) {
    if (cores.active()) {
      return cores.step(k, lns);
    }
    if (splitReady(k)) {
      return attemptThenSplit(k, climbDeadline, lns);
    }
    if (cores.ready(k)) {
      return cores.attemptThenCores(k, climbDeadline, lns);
    }
    return climbWorkers(lns, k) == 1 ? attemptOnOneWorker(k, climbDeadline) : attempt(k, climbDeadline);
  }

  /**
   * CP-SAT workers of the climb's whole-model "at most k" call beside the neighbourhood search: one
   * once that search works or once k is past the split's step (a long climb), unless
   * INTERCLUSTER_CLIMB_ALL_WORKERS is set; else one per thread (the first calls, which answer most
   * events, keep every worker). Per unit of CPU one worker refutes more than two: forum-13crafb "at
   * most 5" in 3.2 units on one worker against 5.8 summed over two, ticf-13crafb "at most 2" in 0.85
   * against 1.3; and the neighbourhood search, which finds the tight schedules, keeps the other core.
   */
  int climbWorkers(BreakLns lns, long k) {
    boolean longClimb = lns != null && (lns.working() || k > ExtraBreakSplit.lowerBoundSum(m) + 1);
    return longClimb && CLIMB_ON_ONE_WORKER ? 1 : options.threads();
  }

  private CpSatSearch.Outcome attemptOnOneWorker(long k, long deadline) {
    return search.solveFirstOnOneWorker(atMost(k), (deadline - System.nanoTime()) / 1e9);
  }

  private boolean splitReady(long k) {
    return SPLIT && k == ExtraBreakSplit.lowerBoundSum(m) + 1;
  }

  /**
   * "At most k breaks" with k one above the sum of the per-participant bounds: the whole-model call
   * briefly (it answers most events at once), then {@link ExtraBreakSplit} until the deadline.
   */
  private CpSatSearch.Outcome attemptThenSplit(long k, long climbDeadline, BreakLns lns) {
    CpSatSearch.Outcome o = search.solveFirst(atMost(k), (climbDeadline - System.nanoTime()) / 1e9, SPLIT_AFTER_DETERMINISTIC);
    if (o.slots() != null || o.status() == CpSolverStatus.INFEASIBLE || o.status() == CpSolverStatus.MODEL_INVALID) {
      return o;
    }
    ExtraBreakSplit.Result r;
    if (lns != null) {
      lns.pause(true);
    }
    try {
      r = new ExtraBreakSplit(search, m, options.threads(), options.seed()).run(k, climbDeadline);
    } finally {
      if (lns != null) {
        lns.pause(false);
      }
    }
    if (r.slots() != null) {
      long b = Breaks.total(Breaks.perParticipant(m.problem, r.slots()));
      return new CpSatSearch.Outcome(CpSolverStatus.FEASIBLE, r.slots(), b, 0, true);
    }
    return new CpSatSearch.Outcome(r.refuted() ? CpSolverStatus.INFEASIBLE : CpSolverStatus.UNKNOWN, null, 0, 0, true);
  }

  /** CP-SAT's own minimisation from a proven bound (and from a schedule when there is one). */
  CpSatSearch.Outcome minimise(CpSatSearch.Outcome feasible, long bound, long deadlineNanos) {
    if (feasible != null) {
      m.hint(feasible.slots());
    }
    m.model.clearObjective();
    m.model.minimize(m.totalBreaks);
    m.model.addGreaterOrEqual(m.totalBreaks, bound);
    double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
    CpSatSearch.Outcome o = search.solve(m.model, seconds, true, false);
    if (o.slots() == null) {
      if (feasible != null) {
        return new CpSatSearch.Outcome(CpSolverStatus.FEASIBLE, feasible.slots(), feasible.objective(), bound, true);
      }
      return new CpSatSearch.Outcome(o.status(), null, 0, bound, true);
    }
    if (feasible != null && feasible.objective() < o.objective()) {
      o = new CpSatSearch.Outcome(CpSolverStatus.FEASIBLE, feasible.slots(), feasible.objective(), o.bound(), true);
    }
    long proven = Math.max(bound, o.bound());
    CpSolverStatus status = o.objective() <= proven ? CpSolverStatus.OPTIMAL : o.status();
    return new CpSatSearch.Outcome(status, o.slots(), o.objective(), proven, true);
  }

  private static double envDouble(String name, double otherwise) {
    String v = System.getenv(name);
    return v == null ? otherwise : Double.parseDouble(v);
  }

  static CpSatSearch.Outcome optimal(int[] slots, long breaks) {
    return new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, slots, breaks, breaks, true);
  }
}
