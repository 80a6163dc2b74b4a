package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a small set of constraint groups of a {@link ConflictModel} that cannot hold together: all
 * groups as CP-SAT assumptions, the solver's sufficient subset, then deletion-based shrinking (drop
 * one group; if the rest is still infeasible keep the smaller set) within a time budget. Every set it
 * returns was proven infeasible by CP-SAT; it is minimal (no group can be dropped) unless the budget
 * or a single call ran out.
 */
final class ConflictCore {

  /** The conflicting groups; minimal = every group was shown necessary. */
  record Result(CpSolverStatus status, List<ConflictModel.Group> groups, boolean minimal, int[] slots) {}

  private final ConflictModel m;
  private final long seed;
  private final Map<Integer, ConflictModel.Group> byIndex = new HashMap<>();

  ConflictCore(ConflictModel model, long seed) {
    this.m = model;
    this.seed = seed;
    for (ConflictModel.Group g : model.groups) {
      byIndex.put(g.on().getIndex(), g);
    }
  }

  Result find(double budgetSeconds) {
    long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
    List<ConflictModel.Group> core = new ArrayList<>();
    Call first = solve(m.groups, remaining(deadline) / 2);
    if (first.status != CpSolverStatus.INFEASIBLE) {
      return new Result(first.status, List.of(), false, first.slots);
    }
    core.addAll(first.core);
    boolean minimal = true;
    List<ConflictModel.Group> necessary = new ArrayList<>();
    while (!core.isEmpty()) {
      ConflictModel.Group g = core.remove(0);
      double left = remaining(deadline);
      if (left <= 0.01) {
        necessary.add(g);
        necessary.addAll(core);
        core.clear();
        minimal = false;
        break;
      }
      List<ConflictModel.Group> without = new ArrayList<>(necessary);
      without.addAll(core);
      Call trial = solve(without, Math.min(left, Math.max(0.2, left / 4)));
      if (trial.status == CpSolverStatus.INFEASIBLE) {
        core.retainAll(trial.core);
        necessary.retainAll(trial.core);
      } else {
        necessary.add(g);
        minimal &= trial.status == CpSolverStatus.FEASIBLE || trial.status == CpSolverStatus.OPTIMAL;
      }
    }
    return new Result(CpSolverStatus.INFEASIBLE, necessary, minimal, null);
  }

  private record Call(CpSolverStatus status, List<ConflictModel.Group> core, int[] slots) {}

  private Call solve(List<ConflictModel.Group> assumed, double seconds) {
    m.model.clearAssumptions();
    m.model.addAssumptions(assumed.stream().map(ConflictModel.Group::on).toArray(Literal[]::new));
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(1).setRandomSeed((int) seed).setMaxTimeInSeconds(Math.max(0.01, seconds));
    long t0 = System.nanoTime();
    CpSolverStatus status = solver.solve(m.model);
    if (System.getenv("INTERCLUSTER_DEBUG") != null) {
      System.err.printf("core call: %d assumed, %s in %.3f s%n", assumed.size(), status, (System.nanoTime() - t0) / 1e9);
    }
    List<ConflictModel.Group> core = new ArrayList<>();
    int[] slots = null;
    if (status == CpSolverStatus.INFEASIBLE) {
      for (int index : solver.sufficientAssumptionsForInfeasibility()) {
        ConflictModel.Group g = byIndex.get(index);
        if (g != null) {
          core.add(g);
        }
      }
      if (core.isEmpty()) {
        core.addAll(assumed);
      }
    } else if (status == CpSolverStatus.FEASIBLE || status == CpSolverStatus.OPTIMAL) {
      slots = m.slots(solver);
    }
    return new Call(status, core, slots);
  }

  private static double remaining(long deadline) {
    return (deadline - System.nanoTime()) / 1e9;
  }
}
