package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;

/**
 * {@code INTERCLUSTER_MODE=squeeze} (measured, not the default): "at most lb breaks?" refutes or
 * solves the bound, and when it does not answer within a capped time a larger budget between the
 * bound and the best schedule is tried with the same cap (a schedule lowers the upper end, a
 * refutation raises the bound); the cap doubles whenever neither answers. A hard refutation near
 * the optimum no longer starves the search for a schedule, and vice versa.
 */
final class BudgetSqueeze {

  private final CpSatSearch search;
  private final SchedulerOptions options;
  private final AtMostBreaks calls;

  BudgetSqueeze(CpSatSearch search, SchedulerOptions options, AtMostBreaks calls) {
    this.search = search;
    this.options = options;
    this.calls = calls;
  }

  CpSatSearch.Outcome run(long lb, long max, long hintBreaks, long squeezeDeadline, long deadlineNanos) {
    CpSatSearch.Outcome best = null;
    long ub = max + 1;
    double cap = Math.max(0.5, (squeezeDeadline - System.nanoTime()) / 1e9 / 12);
    while (lb < ub && System.nanoTime() < squeezeDeadline) {
      CpSatSearch.Outcome o = calls.attempt(lb, Math.min(squeezeDeadline, System.nanoTime() + (long) (cap * 1e9)));
      if (o.slots() != null) {
        best = o;
        ub = o.objective();
        break;
      }
      if (o.status() == CpSolverStatus.INFEASIBLE) {
        lb++;
        options.progress().onProgress(search.elapsed(), best == null ? -1 : (int) best.objective(), (int) lb);
        continue;
      }
      if (o.status() == CpSolverStatus.MODEL_INVALID) {
        return o;
      }
      long top = best == null ? Math.max(lb, hintBreaks - 1) : ub - 1;
      long mid = lb + Math.max(1, (top - lb) / 4);
      if (mid > top) {
        cap *= 2;
        continue;
      }
      CpSatSearch.Outcome u = calls.attempt(mid, Math.min(squeezeDeadline, System.nanoTime() + (long) (cap * 1e9)));
      if (u.slots() != null) {
        best = u;
        ub = u.objective();
        options.progress().onProgress(search.elapsed(), (int) ub, (int) lb);
      } else if (u.status() == CpSolverStatus.INFEASIBLE) {
        lb = mid + 1;
        options.progress().onProgress(search.elapsed(), best == null ? -1 : (int) best.objective(), (int) lb);
      } else {
        cap *= 2;
      }
    }
    if (best != null && best.objective() <= lb) {
      return AtMostBreaks.optimal(best.slots(), best.objective());
    }
    if (best == null && lb > max) {
      return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, lb, true);
    }
    return calls.minimise(best, lb, deadlineNanos);
  }
}
