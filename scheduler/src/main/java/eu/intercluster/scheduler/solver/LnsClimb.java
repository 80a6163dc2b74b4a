package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The climb of {@link BreakDescent} ("at most k breaks?" for k = bound, bound + 1, ...) with
 * large-neighbourhood search ({@link BreakLns}) from the hint on one more thread: it looks for a
 * schedule with as many breaks as the climb's bound (the "at most k" call on the whole model often
 * finds none even when k is the optimum). Whoever closes the gap stops the other; when the climb
 * gives up, every thread searches neighbourhoods until the deadline.
 */
final class LnsClimb {

  /** Seconds the climb runs alone before the neighbourhood search joins it (most events are solved by then). */
  private static final double LNS_DELAY_SECONDS = 1.0;

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;
  private final AtMostBreaks calls;

  LnsClimb(CpSatSearch search, CpSatModel m, SchedulerOptions options, AtMostBreaks calls) {
    this.search = search;
    this.m = m;
    this.options = options;
    this.calls = calls;
  }

  CpSatSearch.Outcome run(int[] hint, long k0, long max0, long climbDeadline, long deadlineNanos) {
    BreakLns lns = new BreakLns(search, m, options);
    lns.start(hint);
    AtomicLong bound = new AtomicLong(k0);
    AtomicBoolean climbOver = new AtomicBoolean();
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
      o = climb(k0, max0, climbDeadline, bound, lns);
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
      return b <= k ? AtMostBreaks.optimal(best, b) : new CpSatSearch.Outcome(CpSolverStatus.FEASIBLE, best, b, k, true);
    }
    return calls.minimise(null, k, deadlineNanos);
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
  private CpSatSearch.Outcome climb(long k, long max, long climbDeadline, AtomicLong bound, BreakLns lns) {
    int refutations = 0;
    CpSatSearch.Outcome feasible = null;
    while (k <= max && System.nanoTime() < climbDeadline) {
      if (lns.bestBreaks() <= k) {
        return AtMostBreaks.optimal(lns.best(), lns.bestBreaks());
      }
      if (refutations == 3 && feasible == null && lns.best() == null) {
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
        lns.offer(o.slots());
        options.progress().onProgress(search.elapsed(), (int) o.objective(), (int) k);
        return AtMostBreaks.optimal(o.slots(), o.objective());
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
      return AtMostBreaks.optimal(lns.best(), lns.bestBreaks());
    }
    if (k > max && feasible != null) {
      return AtMostBreaks.optimal(feasible.slots(), feasible.objective());
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
}
