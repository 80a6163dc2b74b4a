package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntegerVariableProto;
import java.util.ArrayList;
import java.util.List;

/**
 * The rounds of {@link ExtraBreakSplit}: each case (only its participants may exceed their own
 * bound, by one break in all) on one CP-SAT worker, every thread busy, capped in deterministic time;
 * remembers a schedule found and stops the other cases when one is.
 */
final class SplitCaseRounds {

  private static final boolean DEBUG = System.getenv("INTERCLUSTER_DEBUG") != null;

  private final CpSatSearch search;
  private final CpSatModel m;
  private final int threads;
  private final CpModel base;
  private final long deadline;
  private volatile int[] found;
  private volatile boolean outOfTime;
  private final java.util.concurrent.atomic.DoubleAdder spent = new java.util.concurrent.atomic.DoubleAdder();
  private final java.util.Set<CpSolver> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

  SplitCaseRounds(CpSatSearch search, CpSatModel m, int threads, CpModel base, long deadline) {
    this.search = search;
    this.m = m;
    this.threads = threads;
    this.base = base;
    this.deadline = deadline;
  }

  int[] found() {
    return found;
  }

  boolean outOfTime() {
    return outOfTime;
  }

  /** Deterministic time the cases have taken so far, summed over the threads. */
  double deterministicSpent() {
    return spent.sum();
  }

  /** The cases of one round; a new seed each round, so a case retried searches differently. */
  List<List<Integer>> run(List<List<Integer>> cases, SplitRound round) {
    List<List<Integer>> unresolved = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Runnable worker = () -> {
      int i;
      while ((i = next.getAndIncrement()) < cases.size() && found == null && !outOfTime) {
        List<Integer> g = cases.get(i);
        CpSolverStatus s = solveCase(g, g.size() == 1 ? round.cap() : round.groupCap(), round);
        if (s == CpSolverStatus.UNKNOWN) {
          unresolved.add(g);
        }
      }
    };
    Thread[] more = new Thread[threads - 1];
    for (int t = 0; t < more.length; t++) {
      more[t] = new Thread(worker, "extra-break-split-" + t);
      more[t].setDaemon(true);
      more[t].start();
    }
    worker.run();
    for (Thread t : more) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new ArrayList<>(unresolved);
  }

  private CpSolverStatus solveCase(List<Integer> group, double cap, SplitRound round) {
    double left = (deadline - System.nanoTime()) / 1e9;
    if (left < 0.02 || search.interrupted()) {
      outOfTime = true;
      return CpSolverStatus.UNKNOWN;
    }
    CpModel trial;
    synchronized (this) {
      trial = base.getClone();
    }
    for (int q = 0; q < m.breaks.length; q++) {
      IntVar b = m.breaks[q];
      if (b != null) {
        long lb = b.getDomain().min();
        long ub = group.contains(q) ? lb + 1 : lb;
        IntegerVariableProto.Builder v = trial.getBuilder().getVariablesBuilder(b.getIndex());
        v.clearDomain().addDomain(lb).addDomain(Math.min(ub, b.getDomain().max()));
      }
    }
    CpSolver solver = new CpSolver();
    solver.getParameters()
        .setMaxTimeInSeconds(left)
        .setMaxDeterministicTime(cap)
        .setNumWorkers(1)
        .setRandomSeed((int) round.seed())
        .setLinearizationLevel(0)
        .setStopAfterFirstSolution(true);
    if (!round.phaseSaving()) {
      solver.getParameters().setUsePhaseSaving(false);
    }
    long t0 = System.nanoTime();
    running.add(solver);
    if (found != null) {
      running.remove(solver);
      return CpSolverStatus.UNKNOWN;
    }
    CpSolverStatus s;
    try {
      s = solver.solve(trial);
    } finally {
      running.remove(solver);
    }
    spent.add(solver.response().getDeterministicTime());
    if (DEBUG) {
      System.err.printf("split %s cap=%.2f seed=%d phase=%s status=%s det=%.2f t=%.2f at=%.2f%n",
          group.stream().map(q -> q + 1).toList(), cap, round.seed(), round.phaseSaving(), s,
          solver.response().getDeterministicTime(), (System.nanoTime() - t0) / 1e9, search.elapsed());
    }
    if (s == CpSolverStatus.OPTIMAL || s == CpSolverStatus.FEASIBLE) {
      found = m.slotsIn(solver);
      for (CpSolver other : running) {
        other.stopSearch();
      }
      return s;
    }
    if (s == CpSolverStatus.INFEASIBLE) {
      return s;
    }
    if (System.nanoTime() >= deadline) {
      outOfTime = true;
    }
    return CpSolverStatus.UNKNOWN;
  }
}
