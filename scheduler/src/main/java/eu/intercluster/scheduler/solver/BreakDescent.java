package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;

/**
 * Minimises breaks the way core-less MaxSAT solvers climb: asks CP-SAT for any schedule with at
 * most k breaks for k = lower bound, lower bound + 1, ...; each "no" proves a better bound and the
 * first "yes" is optimal. The tight bound lets presolve fix most variables, which is far faster on
 * these instances than CP-SAT's own objective search. Falls back to plain minimisation when the
 * climb runs out of time.
 */
final class BreakDescent {

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;

  BreakDescent(CpSatSearch search, CpSatModel m, SchedulerOptions options) {
    this.search = search;
    this.m = m;
    this.options = options;
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
      CpSatSearch.Outcome o = attempt(k, deadlineNanos);
      System.err.printf("PROBE k=%d status=%s t=%.2f%n", k, o.status(), (System.nanoTime() - t0) / 1e9);
      return o;
    }
    int refutations = 0;
    CpSatSearch.Outcome feasible = null;
    if ("core".equals(System.getenv("INTERCLUSTER_MODE"))) {
      CoreDescent.Result r = new CoreDescent(search, m).run(climbDeadline, options.progress());
      if (r.outcome() != null) {
        return r.outcome();
      }
      if (r.infeasible()) {
        return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, 0, true);
      }
      return minimise(null, Math.max(k, r.bound()), deadlineNanos);
    }
    if ("squeeze".equals(System.getenv("INTERCLUSTER_MODE"))) {
      long hintBreaks = max;
      if (hint != null && Breaks.complete(m.problem, hint)) {
        hintBreaks = Math.min(max, Breaks.total(Breaks.perParticipant(m.problem, hint)));
      }
      return squeeze(k, max, hintBreaks, climbDeadline, deadlineNanos);
    }
    if ("min".equals(System.getenv("INTERCLUSTER_MODE"))) {
      return minimise(null, k, deadlineNanos);
    }
    while (k <= max && System.nanoTime() < climbDeadline) {
      if (refutations == 3 && feasible == null) {
        // Many refutations: check the problem is feasible at all before climbing further.
        CpSatSearch.Outcome any = attempt(max, climbDeadline);
        if (any.status() == CpSolverStatus.INFEASIBLE) {
          return any;
        }
        if (any.slots() == null) {
          break;
        }
        feasible = any;
        max = any.objective() - 1;
        if (k > max) {
          return new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, any.slots(), any.objective(), any.objective(), true);
        }
      }
      CpSatSearch.Outcome o = attempt(k, climbDeadline);
      if (o.slots() != null) {
        options.progress().onProgress(search.elapsed(), (int) o.objective(), (int) k);
        return new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, o.slots(), o.objective(), o.objective(), true);
      }
      if (o.status() != CpSolverStatus.INFEASIBLE) {
        break;
      }
      refutations++;
      k++;
      options.progress().onProgress(search.elapsed(), feasible == null ? -1 : (int) feasible.objective(), (int) k);
    }
    if (k > max && feasible != null) {
      return new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, feasible.slots(), feasible.objective(), feasible.objective(), true);
    }
    if (k > m.maxTotalBreaks()) {
      return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, k, true);
    }
    return minimise(feasible, k, deadlineNanos);
  }

  /**
   * Interleaved squeeze: "at most lb breaks?" refutes or solves the bound, and when it does not
   * answer within a capped time a larger budget between the bound and the best schedule is tried
   * with the same cap (a schedule lowers the upper end, a refutation raises the bound); the cap
   * doubles whenever neither answers. A hard refutation near the optimum no longer starves the
   * search for a schedule, and vice versa.
   */
  private CpSatSearch.Outcome squeeze(long lb, long max, long hintBreaks, long squeezeDeadline, long deadlineNanos) {
    CpSatSearch.Outcome best = null;
    long ub = max + 1;
    double cap = Math.max(0.5, (squeezeDeadline - System.nanoTime()) / 1e9 / 12);
    while (lb < ub && System.nanoTime() < squeezeDeadline) {
      CpSatSearch.Outcome o = attempt(lb, Math.min(squeezeDeadline, System.nanoTime() + (long) (cap * 1e9)));
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
      CpSatSearch.Outcome u = attempt(mid, Math.min(squeezeDeadline, System.nanoTime() + (long) (cap * 1e9)));
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
      return new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, best.slots(), best.objective(), best.objective(), true);
    }
    if (best == null && lb > max) {
      return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, lb, true);
    }
    return minimise(best, lb, deadlineNanos);
  }

  private CpSatSearch.Outcome attempt(long maxBreaks, long deadline) {
    CpModel trial = m.model.getClone();
    trial.clearObjective();
    trial.addLessOrEqual(m.totalBreaks, maxBreaks);
    double seconds = (deadline - System.nanoTime()) / 1e9;
    return search.solve(trial, seconds, false, true);
  }

  private CpSatSearch.Outcome minimise(CpSatSearch.Outcome feasible, long bound, long deadlineNanos) {
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
}
