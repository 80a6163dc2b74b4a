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
    if (System.getenv("INTERCLUSTER_NO_LNS") != null) {
      return climb(k, max, refutations, feasible, climbDeadline, deadlineNanos);
    }
    if (hint == null || !Breaks.complete(m.problem, hint)) {
      // The construction failed: these events are tight and the climb answers them at once.
      return climb(k, max, refutations, feasible, climbDeadline, deadlineNanos);
    }
    if (!Breaks.fair(Breaks.perParticipant(m.problem, hint), options.fairness())) {
      // An unfair construction (small d): a first CP-SAT schedule starts the neighbourhood search.
      // Measured at d = 1 (load 6): forum-13crafb 48 -> 7 breaks, ticf-13crafb 52 -> 7 at 20 s.
      CpSatSearch.Outcome any = attempt(max, Math.min(climbDeadline, System.nanoTime() + FIRST_SCHEDULE_NANOS));
      if (any.status() == CpSolverStatus.INFEASIBLE || any.slots() == null) {
        return any.status() == CpSolverStatus.INFEASIBLE ? any
            : climb(k, max, refutations, feasible, climbDeadline, deadlineNanos);
      }
      return climbAlongsideLns(any.slots(), k, max, climbDeadline, deadlineNanos);
    }
    return climbAlongsideLns(hint, k, max, climbDeadline, deadlineNanos);
  }

  /** Time for a first schedule when the construction's is unusable. */
  private static final long FIRST_SCHEDULE_NANOS = 1_000_000_000L;

  /** Seconds the climb runs alone before the neighbourhood search joins it (most events are solved by then). */
  private static final double LNS_DELAY_SECONDS = 1.0;

  /**
   * The climb of {@link #climb}, unchanged, with large-neighbourhood search ({@link BreakLns}) from
   * the hint on one more thread: it looks for a schedule with as many breaks as the climb's bound
   * (the "at most k" call on the whole model often finds none even when k is the optimum). Whoever
   * closes the gap stops the other; when the climb gives up, every thread searches neighbourhoods
   * until the deadline.
   */
  private CpSatSearch.Outcome climbAlongsideLns(int[] hint, long k0, long max0, long climbDeadline, long deadlineNanos) {
    BreakLns lns = new BreakLns(search, m, options);
    lns.start(hint);
    java.util.concurrent.atomic.AtomicLong bound = new java.util.concurrent.atomic.AtomicLong(k0);
    java.util.concurrent.atomic.AtomicBoolean climbOver = new java.util.concurrent.atomic.AtomicBoolean();
    long lnsStart = System.nanoTime() + (long) (LNS_DELAY_SECONDS * 1e9);
    Thread helper = new Thread(() -> {
      while (System.nanoTime() < lnsStart && !climbOver.get()) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
      lns.work(bound::get, deadlineNanos, climbOver::get);
      if (lns.bestBreaks() <= bound.get()) {
        search.interrupt();
      }
    }, "break-lns");
    helper.setDaemon(true);
    helper.start();
    CpSatSearch.Outcome o;
    try {
      o = climbTracked(k0, max0, climbDeadline, deadlineNanos, bound, lns);
    } catch (RuntimeException e) {
      climbOver.set(true);
      throw e;
    }
    if (o != null) {
      climbOver.set(true);
      lns.stopAll();
      join(helper);
      return o;
    }
    // The climb gave up: the neighbourhood search gets every thread until the deadline.
    Thread[] more = new Thread[Math.max(0, options.threads() - 1)];
    for (int t = 0; t < more.length; t++) {
      more[t] = new Thread(() -> lns.work(bound::get, deadlineNanos, () -> false), "break-lns-" + t);
      more[t].setDaemon(true);
      more[t].start();
    }
    lns.work(bound::get, deadlineNanos, () -> false);
    for (Thread t : more) {
      join(t);
    }
    join(helper);
    long k = bound.get();
    int[] best = lns.best();
    if (best != null) {
      long b = lns.bestBreaks();
      return b <= k ? optimal(best, b) : new CpSatSearch.Outcome(CpSolverStatus.FEASIBLE, best, b, k, true);
    }
    return minimise(null, k, deadlineNanos);
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The climb; returns the final answer, or null when it gives up (time, or a call without answer),
   * leaving the proven bound in bound. A neighbourhood schedule at the bound ends it as optimal.
   */
  private CpSatSearch.Outcome climbTracked(long k, long max, long climbDeadline, long deadlineNanos,
      java.util.concurrent.atomic.AtomicLong bound, BreakLns lns) {
    int refutations = 0;
    CpSatSearch.Outcome feasible = null;
    while (k <= max && System.nanoTime() < climbDeadline) {
      if (lns.bestBreaks() <= k) {
        return optimal(lns.best(), lns.bestBreaks());
      }
      if (refutations == 3 && feasible == null && lns.best() == null) {
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
          return optimal(any.slots(), any.objective());
        }
      }
      CpSatSearch.Outcome o = splitReady(k) ? attemptThenSplit(k, climbDeadline, lns) : attempt(k, climbDeadline);
      if (o.slots() != null) {
        lns.offer(o.slots());
        options.progress().onProgress(search.elapsed(), (int) o.objective(), (int) k);
        return optimal(o.slots(), o.objective());
      }
      if (o.status() != CpSolverStatus.INFEASIBLE) {
        break;
      }
      refutations++;
      k++;
      bound.set(k);
      long lb = lns.bestBreaks();
      options.progress().onProgress(search.elapsed(), lb == Long.MAX_VALUE ? -1 : (int) lb, (int) k);
    }
    if (lns.bestBreaks() <= k) {
      return optimal(lns.best(), lns.bestBreaks());
    }
    if (k > max && feasible != null) {
      return optimal(feasible.slots(), feasible.objective());
    }
    if (k > max && lns.best() == null) {
      return new CpSatSearch.Outcome(CpSolverStatus.INFEASIBLE, null, 0, k, true);
    }
    bound.set(k);
    if (feasible != null) {
      lns.offer(feasible.slots());
    }
    return null;
  }

  /** Seconds the whole-model "at most k" call gets before the case split takes over. */
  private static final double SPLIT_AFTER_SECONDS = 1.0;
  private static final boolean SPLIT = System.getenv("INTERCLUSTER_NO_SPLIT") == null;

  private boolean splitReady(long k) {
    return SPLIT && k == ExtraBreakSplit.lowerBoundSum(m) + 1;
  }

  /**
   * "At most k breaks" with k one above the sum of the per-participant bounds: the whole-model call
   * for a second (it answers most events at once), then {@link ExtraBreakSplit} until the deadline.
   */
  private CpSatSearch.Outcome attemptThenSplit(long k, long climbDeadline, BreakLns lns) {
    long first = Math.min(climbDeadline, System.nanoTime() + (long) (SPLIT_AFTER_SECONDS * 1e9));
    CpSatSearch.Outcome o = attempt(k, first);
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

  private static CpSatSearch.Outcome optimal(int[] slots, long breaks) {
    return new CpSatSearch.Outcome(CpSolverStatus.OPTIMAL, slots, breaks, breaks, true);
  }

  private CpSatSearch.Outcome climb(
      long k, long max, int refutations, CpSatSearch.Outcome feasible, long climbDeadline, long deadlineNanos) {
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
      CpSatSearch.Outcome o = splitReady(k) ? attemptThenSplit(k, climbDeadline, null) : attempt(k, climbDeadline);
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
