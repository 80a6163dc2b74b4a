package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Core-guided lower-bound search, the way core-guided MaxSAT solvers work: every participant starts
 * at its own lower bound of breaks (an assumption); when CP-SAT proves the assumptions infeasible it
 * names a subset of them (a core), whose participants are merged into one group allowed one more
 * break than the groups it swallowed. Only the participants of a core may take extra breaks, so
 * each call is much more constrained than "at most k breaks in total". The first feasible call is
 * optimal (its breaks equal the proven bound).
 *
 * <p>The bound holds because the groups are disjoint and each group's breaks are at least its lower
 * bounds plus its budget in every schedule: a core says one of its parts exceeds what it was allowed,
 * which is exactly what that part was proven to need. The groups are kept between calls of
 * {@link #runUntil}, so the climb ({@link AtMostBreaks}) can ask for one more bound at a time.
 */
final class CoreDescent {

  /** Result: the optimal schedule (slots != null), a proven bound, or infeasible. */
  record Result(CpSatSearch.Outcome outcome, long bound, boolean infeasible) {}

  private final CpSatSearch search;
  private final CpSatModel m;
  private final List<Integer> singles = new ArrayList<>();
  private final List<List<Integer>> groups = new ArrayList<>();
  private final List<Integer> budgets = new ArrayList<>();
  private long bound;

  CoreDescent(CpSatSearch search, CpSatModel m) {
    this.search = search;
    this.m = m;
    for (int p = 0; p < m.breaks.length; p++) {
      if (m.breaks[p] != null) {
        bound += m.breaks[p].getDomain().min();
        singles.add(p);
      }
    }
  }

  /** The bound proven so far (the sum of the lower bounds before the first core). */
  long bound() {
    return bound;
  }

  Result run(long deadlineNanos, ProgressListener progress) {
    return runUntil(deadlineNanos, progress, Long.MAX_VALUE);
  }

  /**
   * Continues the descent until the proven bound passes target, a schedule is found (at the bound,
   * so optimal), the problem is shown infeasible, or a call ends without answer (time, interruption).
   */
  Result runUntil(long deadlineNanos, ProgressListener progress, long target) {
    while (bound <= target && System.nanoTime() < deadlineNanos) {
      CpModel trial = m.model.getClone();
      trial.clearObjective();
      Map<Integer, Integer> singleOf = new HashMap<>();
      Map<Integer, Integer> groupOf = new HashMap<>();
      List<Literal> assumptions = new ArrayList<>();
      for (int p : singles) {
        IntVar b = m.breaks[p];
        BoolVar e = trial.newBoolVar("atLb" + (p + 1));
        trial.addLessOrEqual(b, b.getDomain().min()).onlyEnforceIf(e);
        assumptions.add(e);
        singleOf.put(e.getIndex(), p);
      }
      for (int g = 0; g < groups.size(); g++) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        long lb = 0;
        for (int p : groups.get(g)) {
          sum.add(m.breaks[p]);
          lb += m.breaks[p].getDomain().min();
        }
        BoolVar a = trial.newBoolVar("group" + g);
        trial.addLessOrEqual(sum.build(), lb + budgets.get(g)).onlyEnforceIf(a);
        assumptions.add(a);
        groupOf.put(a.getIndex(), g);
      }
      trial.addAssumptions(assumptions.toArray(new Literal[0]));
      List<Integer> core = new ArrayList<>();
      double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
      CpSatSearch.Outcome o = search.solve(trial, seconds, false, true, core);
      if (o.slots() != null) {
        return new Result(new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, o.slots(), o.objective(), o.objective(), true),
            o.objective(), false);
      }
      if (o.status() != CpSolverStatus.INFEASIBLE) {
        return new Result(null, bound, false);
      }
      if (core.isEmpty()) {
        return new Result(null, bound, true);
      }
      merge(core, singleOf, groupOf);
      progress.onProgress(search.elapsed(), -1, (int) bound);
    }
    return new Result(null, bound, false);
  }

  /** Merges the singles and groups of a core into one group with one more break: the bound rises by one. */
  private void merge(List<Integer> core, Map<Integer, Integer> singleOf, Map<Integer, Integer> groupOf) {
    List<Integer> merged = new ArrayList<>();
    int budget = 1;
    List<Integer> deadGroups = new ArrayList<>();
    for (int lit : core) {
      Integer p = singleOf.get(lit);
      if (p != null) {
        merged.add(p);
        singles.remove(p);
      }
      Integer g = groupOf.get(lit);
      if (g != null) {
        merged.addAll(groups.get(g));
        budget += budgets.get(g);
        deadGroups.add(g);
      }
    }
    deadGroups.sort(Comparator.reverseOrder());
    for (int g : deadGroups) {
      groups.remove(g);
      budgets.remove(g);
    }
    groups.add(merged);
    budgets.add(budget);
    bound++;
    if (System.getenv("INTERCLUSTER_DEBUG") != null) {
      System.err.printf("core: size %d, group %d participants budget %d, bound %d, t=%.2f%n", core.size(),
          merged.size(), budget, bound, search.elapsed());
    }
  }
}
