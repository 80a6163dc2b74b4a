package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;

/**
 * The climb's "at most k breaks?" steps answered by {@link CoreDescent} once a long time limit leaves
 * room for it: past the split (k at least two above the sum of the per-participant bounds), with at
 * least minSeconds of the time limit left, a whole-model call without answer within
 * afterDeterministic units hands every later step to the core-guided bound. It keeps its core groups
 * between steps, answers a step below its bound at once, and otherwise adds cores until its bound
 * passes k (k refuted) or a call has a schedule (at the proven bound, so optimal). Its calls run up to
 * the time limit, not the climb's deadline. They are solved on one CP-SAT worker, and next to two
 * neighbourhood threads they got a third of the wall-clock time, so the neighbourhood search is paused
 * during the calls that decide k while its best schedule is far from k (paused always, forum-14.fixed020
 * waited for the cores at bound 20 where the neighbourhoods would have found 20).
 *
 * <p>forum-13crafb.forb0003 / forb0007 (and the identical ticf files): the climb stops at 4 with 60 s;
 * the cores raise the bound from 1 to 4 in about a second of deterministic time and the last core
 * (to 5, the optimum) takes about 20 units on one worker.
 */
final class CoreGuidedSteps {

  static final long MAX_CORES_BEHIND = System.getenv("INTERCLUSTER_CORES_BEHIND") == null ? 3
      : Long.parseLong(System.getenv("INTERCLUSTER_CORES_BEHIND"));

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;
  private final double minSeconds;
  private final double afterDeterministic;
  /** The core-guided bound once it has taken over the climb, else null. */
  private CoreDescent core;
  /** The core-guided bound found the hard constraints infeasible: no k has a schedule. */
  private boolean infeasible;

  CoreGuidedSteps(CpSatSearch search, CpSatModel m, SchedulerOptions options, double minSeconds,
      double afterDeterministic) {
    this.search = search;
    this.m = m;
    this.options = options;
    this.minSeconds = minSeconds;
    this.afterDeterministic = afterDeterministic;
  }

  /** True once the core-guided bound answers the climb's steps. */
  boolean active() {
    return core != null;
  }

  /**
   * Whether step k may be handed over (when the whole-model call has no quick answer): not the climb's
   * first step (its bound may be the table-limit bound, which the cores do not know), and at most
   * MAX_CORES_BEHIND cores needed to catch up with the climb's bound.
   */
  boolean ready(long k) {
    long sum = ExtraBreakSplit.lowerBoundSum(m);
    return minSeconds >= 0 && k >= sum + 2 && k - sum <= MAX_CORES_BEHIND && k > m.candidates.totalLowerBound()
        && secondsLeft() >= minSeconds;
  }

  /** The whole-model call briefly, then (without answer) the core-guided bound from now on. */
  CpSatSearch.Outcome attemptThenCores(long k, long climbDeadline, BreakLns lns) {
    CpModel trial = m.model.getClone();
    trial.clearObjective();
    trial.addLessOrEqual(m.totalBreaks, k);
    CpSatSearch.Outcome o = search.solveFirst(trial, (climbDeadline - System.nanoTime()) / 1e9, afterDeterministic);
    if (o.slots() != null || o.status() == CpSolverStatus.INFEASIBLE || o.status() == CpSolverStatus.MODEL_INVALID
        || search.interrupted()) {
      return o;
    }
    core = new CoreDescent(search, m);
    return step(k, lns);
  }

  /**
   * "At most k" by the core-guided bound: a schedule, INFEASIBLE (k refuted) or UNKNOWN. One call at a
   * time: the neighbourhood search is paused during a call at bound k (it proves k + 1 or finds a
   * schedule at k) while the search's best schedule is more than one break above k.
   */
  CpSatSearch.Outcome step(long k, BreakLns lns) {
    long deadline = System.nanoTime() + (long) (secondsLeft() * 1e9);
    while (!infeasible && core.bound() <= k) {
      long before = core.bound();
      boolean pause = lns != null && before == k && lns.bestBreaks() > k + 1;
      CoreDescent.Result r;
      if (pause) {
        lns.pause(true);
      }
      try {
        r = core.runUntil(deadline, ProgressListener.none(), before);
      } finally {
        if (pause) {
          lns.pause(false);
        }
      }
      if (r.outcome() != null) {
        return r.outcome();
      }
      infeasible = r.infeasible();
      if (!infeasible && r.bound() == before) {
        return new CpSatSearch.Outcome(CpSolverStatus.UNKNOWN, null, 0, 0, true);
      }
    }
    return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, 0, true);
  }

  private double secondsLeft() {
    return options.timeLimit().toNanos() / 1e9 - search.elapsed();
  }
}
