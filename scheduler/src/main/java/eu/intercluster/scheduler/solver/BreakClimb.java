package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The climb of the break descent: "a schedule with at most k breaks?" for k = bound, bound + 1, ...;
 * each "no" proves a better bound and the first "yes" is optimal. After three refutations without any
 * schedule it first checks that the problem has a schedule at all. With a neighbourhood search
 * running next to it ({@link LnsClimb}), a neighbourhood schedule at the bound ends it as optimal.
 * Used alone by {@link BreakDescent} and alongside the neighbourhoods by {@link LnsClimb}.
 */
final class BreakClimb {

  private final CpSatSearch search;
  private final SchedulerOptions options;
  private final AtMostBreaks calls;
  /** A schedule of the whole model found by the feasibility check, or null. */
  private CpSatSearch.Outcome feasible;

  BreakClimb(CpSatSearch search, SchedulerOptions options, AtMostBreaks calls) {
    this.search = search;
    this.options = options;
    this.calls = calls;
  }

  /**
   * Climbs from k to max until climbDeadline; returns the final answer, or null when it gives up (time,
   * or a call without answer), leaving the proven bound in bound. lns may be null (the climb alone);
   * otherwise the feasibility check's schedule is offered to it on giving up.
   */
  CpSatSearch.Outcome run(long k, long max, long climbDeadline, AtomicLong bound, BreakLns lns) {
    int refutations = 0;
    while (k <= max && System.nanoTime() < climbDeadline) {
      if (lns != null) {
        waitForAnchoredCases(k, climbDeadline, lns);
      }
      if (lns != null && lns.bestBreaks() <= k) {
        return AtMostBreaks.optimal(lns.best(), lns.bestBreaks());
      }
      if (refutations == 3 && feasible == null && (lns == null || lns.best() == null)) {
        // Many refutations: check the problem is feasible at all before climbing further.
        CpSatSearch.Outcome any = calls.attempt(max, climbDeadline);
        if (any.status() == CpSolverStatus.INFEASIBLE) {
          return any;
        }
        if (any.slots() == null) {
          break;
        }
        feasible = any;
        max = any.objective() - 1;
        if (k > max) {
          return AtMostBreaks.optimal(any.slots(), any.objective());
        }
      }
      CpSatSearch.Outcome o = calls.climbStep(k, climbDeadline, lns);
      if (o.slots() != null) {
        if (lns != null) {
          lns.offer(o.slots());
        }
        options.progress().onProgress(search.elapsed(), (int) o.objective(), (int) k);
        return AtMostBreaks.optimal(o.slots(), o.objective());
      }
      if (o.status() != CpSolverStatus.INFEASIBLE) {
        break;
      }
      refutations++;
      k++;
      bound.set(k);
      long best = lns != null ? lns.bestBreaks() : feasible != null ? feasible.objective() : Long.MAX_VALUE;
      options.progress().onProgress(search.elapsed(), best == Long.MAX_VALUE ? -1 : (int) best, (int) k);
    }
    if (lns != null && lns.bestBreaks() <= k) {
      return AtMostBreaks.optimal(lns.best(), lns.bestBreaks());
    }
    if (k > max && feasible != null) {
      return AtMostBreaks.optimal(feasible.slots(), feasible.objective());
    }
    if (k > max && (lns == null || lns.best() == null)) {
      return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, k, true);
    }
    bound.set(k);
    if (feasible != null && lns != null) {
      lns.offer(feasible.slots());
    }
    return null;
  }

  /**
   * While the anchored breaker cases ask the climb's own question ("at most k" at k = sum of the
   * per-participant bounds + 3, the bound), the climb's whole-model call, which rarely answers there,
   * waits and leaves its core to them (at most WAIT_CPU seconds of process CPU; sessions 23-24:
   * ticf-13crafb median 11.05 -> 9.81 CPU-s with the hub partners first).
   */
  private static void waitForAnchoredCases(long k, long deadline, BreakLns lns) {
    long from = processCpuNanos();
    while (WAIT_CPU > 0 && lns.working() && lns.bestBreaks() > k && lns.cases.anchoredPending(k, lns.bestBreaks())
        && System.nanoTime() < deadline && processCpuNanos() - from < WAIT_CPU * 1e9) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** INTERCLUSTER_CLIMB_WAIT_CPU: seconds of process CPU the climb waits for the anchored cases (0: never). */
  private static final double WAIT_CPU = System.getenv("INTERCLUSTER_CLIMB_WAIT_CPU") == null ? 10
      : Double.parseDouble(System.getenv("INTERCLUSTER_CLIMB_WAIT_CPU"));

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : System.nanoTime();
  }

  /** The feasibility check's schedule (null when it did not run or found none). */
  CpSatSearch.Outcome feasible() {
    return feasible;
  }
}
