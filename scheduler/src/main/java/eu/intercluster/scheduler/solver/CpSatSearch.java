package eu.intercluster.scheduler.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.List;

/**
 * Runs CP-SAT on the scheduler's models: single calls (with or without objective, optionally with
 * assumptions), the small sub-models of the neighbourhood search, and a way for another thread to
 * stop the running call. {@link LexicographicStages} and {@link BreakDescent} decide what to ask.
 */
final class CpSatSearch {

  /** Outcome of a call (of the last stage for {@link LexicographicStages}). */
  record Outcome(CpSolverStatus status, int[] slots, long objective, long bound, boolean earlierStagesOptimal) {}

  private static volatile boolean loaded;

  private final CpSatModel m;
  private final SchedulerOptions options;
  private final long startNanos;

  CpSatSearch(CpSatModel model, SchedulerOptions options, long startNanos) {
    loadNatives();
    this.m = model;
    this.options = options;
    this.startNanos = startNanos;
  }

  static void loadNatives() {
    if (!loaded) {
      synchronized (CpSatSearch.class) {
        if (!loaded) {
          Loader.loadNativeLibraries();
          loaded = true;
        }
      }
    }
  }

  /** Solves a model (with or without objective); objective = breaks of the schedule found. */
  Outcome solve(CpModel model, double seconds, boolean report, boolean firstSolutionOnly) {
    return solve(model, seconds, report, firstSolutionOnly, null);
  }

  /**
   * First solution of a model within seconds and within a cap in deterministic time (which a loaded
   * machine does not shorten).
   */
  Outcome solveFirst(CpModel model, double seconds, double deterministicCap) {
    return solve(model, seconds, deterministicCap, false, true, null);
  }

  /**
   * As {@link #solve(CpModel, double, boolean, boolean)}; with core != null the model's assumptions
   * are solved on one worker (CP-SAT supports assumptions only there) and, when infeasible, the
   * literal indices of a subset of assumptions that cannot hold together are added to core.
   */
  Outcome solve(CpModel model, double seconds, boolean report, boolean firstSolutionOnly, List<Integer> core) {
    return solve(model, seconds, 0, report, firstSolutionOnly, core, options.threads());
  }

  /** First solution of a model on one worker (the other threads search neighbourhoods meanwhile). */
  Outcome solveFirstOnOneWorker(CpModel model, double seconds) {
    return solve(model, seconds, 0, false, true, null, 1);
  }

  private Outcome solve(CpModel model, double seconds, double deterministicCap, boolean report,
      boolean firstSolutionOnly, List<Integer> core) {
    return solve(model, seconds, deterministicCap, report, firstSolutionOnly, core, options.threads());
  }

  private Outcome solve(CpModel model, double seconds, double deterministicCap, boolean report,
      boolean firstSolutionOnly, List<Integer> core, int workers) {
    CpSolver solver = new CpSolver();
    if (deterministicCap > 0) {
      solver.getParameters().setMaxDeterministicTime(deterministicCap);
    }
    solver.getParameters()
        .setMaxTimeInSeconds(Math.max(0.01, seconds))
        .setNumWorkers(workers)
        .setRandomSeed((int) options.seed())
        .setLogSearchProgress(System.getenv("INTERCLUSTER_SAT_LOG") != null);
    if (firstSolutionOnly) {
      // Measured on the JAIR originals: SAT-style workers without LP and without the feasibility-jump
      // local search find tight-budget schedules far faster than the default portfolio.
      solver.getParameters().setLinearizationLevel(0).setStopAfterFirstSolution(true).setSymmetryLevel(4);
      if (workers > 1) {
        solver.getParameters().addSubsolvers("no_lp").addSubsolvers("quick_restart_no_lp").setNumViolationLs(0);
      }
    }
    if (core != null) {
      solver.getParameters().clearSubsolvers().setNumWorkers(1);
    }
    String extra = System.getenv("INTERCLUSTER_SAT_PARAMS");
    if (extra != null && !extra.isBlank()) {
      try {
        com.google.protobuf.TextFormat.merge(extra, solver.getParameters());
      } catch (com.google.protobuf.TextFormat.ParseException e) {
        throw new IllegalArgumentException("INTERCLUSTER_SAT_PARAMS: " + e.getMessage());
      }
    }
    ProgressListener listener = report ? options.progress() : ProgressListener.none();
    CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
      @Override
      public void onSolutionCallback() {
        if (model.getBuilder().hasObjective()) {
          listener.onProgress(elapsed(), (int) Math.round(objectiveValue()),
              (int) Math.ceil(bestObjectiveBound() - 1e-6));
        }
      }
    };
    running = solver;
    if (interrupted) {
      running = null;
      return new Outcome(CpSolverStatus.UNKNOWN, null, 0, 0, true);
    }
    CpSolverStatus status;
    try {
      status = solver.solve(model, cb);
    } finally {
      running = null;
    }
    if (core != null && status == CpSolverStatus.INFEASIBLE) {
      core.addAll(solver.sufficientAssumptionsForInfeasibility());
    }
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new Outcome(status, null, 0, 0, true);
    }
    int[] slots = m.slotsIn(solver);
    boolean hasObjective = model.getBuilder().hasObjective();
    long objective = hasObjective ? Math.round(solver.objectiveValue()) : solver.value(m.totalBreaks);
    long bound = hasObjective ? (long) Math.ceil(solver.bestObjectiveBound() - 1e-6) : 0;
    return new Outcome(status, slots, objective, bound, true);
  }

  /** A small sub-model of the large-neighbourhood search (every worker on it, objective = breaks). */
  Outcome solveSub(CpModel model, double seconds, java.util.Set<CpSolver> running) {
    CpSolver solver = new CpSolver();
    solver.getParameters()
        .setMaxTimeInSeconds(Math.max(0.01, seconds))
        .setRandomSeed((int) options.seed())
        // Measured on forum-13crafc: one worker without presolve and LP solves neighbourhoods of
        // 100 meetings in a fraction of a second; with presolve or the portfolio the same calls
        // time out on 30.
        .setNumWorkers(1)
        .setLinearizationLevel(0)
        .setCpModelPresolve(false);
    String extra = System.getenv("INTERCLUSTER_LNS_PARAMS");
    if (extra != null && !extra.isBlank()) {
      try {
        com.google.protobuf.TextFormat.merge(extra, solver.getParameters());
      } catch (com.google.protobuf.TextFormat.ParseException e) {
        throw new IllegalArgumentException("INTERCLUSTER_LNS_PARAMS: " + e.getMessage());
      }
    }
    CpSolverStatus status = solveRegistered(solver, model, running);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new Outcome(status, null, 0, 0, true);
    }
    return new Outcome(status, m.slotsIn(solver), Math.round(solver.objectiveValue()), 0, true);
  }

  /**
   * A sub-model that keeps every meeting free ({@link BreakCapNeighbourhood}): one worker with
   * presolve (it fixes most of the model), capped in deterministic time.
   */
  Outcome solveCapped(CpModel model, double seconds, java.util.Set<CpSolver> running) {
    CpSolver solver = new CpSolver();
    solver.getParameters()
        .setMaxTimeInSeconds(Math.max(0.01, seconds))
        .setMaxDeterministicTime(CAPPED_DETERMINISTIC_TIME)
        .setRandomSeed((int) options.seed())
        .setNumWorkers(1)
        .setLinearizationLevel(0);
    CpSolverStatus status = solveRegistered(solver, model, running);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new Outcome(status, null, 0, 0, true);
    }
    return new Outcome(status, m.slotsIn(solver), Math.round(solver.objectiveValue()), 0, true);
  }

  private static final double CAPPED_DETERMINISTIC_TIME = 1.0;

  /** Solves while the solver is in running (so another thread can stop it). */
  private static CpSolverStatus solveRegistered(CpSolver solver, CpModel model, java.util.Set<CpSolver> running) {
    running.add(solver);
    try {
      return solver.solve(model);
    } finally {
      running.remove(solver);
    }
  }


  private volatile CpSolver running;
  private volatile boolean interrupted;

  /** Stops the running and every later {@link #solve} call (another thread found what they look for). */
  void interrupt() {
    interrupted = true;
    CpSolver s = running;
    if (s != null) {
      s.stopSearch();
    }
  }

  /** True once {@link #interrupt} was called. */
  boolean interrupted() {
    return interrupted;
  }

  double elapsed() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
