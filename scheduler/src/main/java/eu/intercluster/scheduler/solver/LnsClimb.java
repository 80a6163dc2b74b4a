package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The climb ({@link BreakClimb}: "at most k breaks?" for k = bound, bound + 1, ...) with
 * large-neighbourhood search ({@link BreakLns}) from the hint on more threads: it looks for a
 * schedule with as many breaks as the climb's bound (the "at most k" call on the whole model often
 * finds none even when k is the optimum). One neighbourhood thread joins after a second, the others
 * after three (most events are solved by then). Whoever closes the gap stops the other; when the
 * climb gives up, every thread searches neighbourhoods until the deadline.
 */
final class LnsClimb {

  /** Seconds the climb runs alone before the neighbourhood search joins it (most events are solved by then). */
  private static final double LNS_DELAY_SECONDS = 1.0;
  /**
   * Seconds after which the other neighbourhood threads join while the climb is still running (its
   * "at most k" calls on the whole model rarely find the tight schedules once they take this long).
   */
  private static final double MORE_LNS_DELAY_SECONDS = System.getenv("INTERCLUSTER_MORE_LNS_SECONDS") == null ? 3.0
      : Double.parseDouble(System.getenv("INTERCLUSTER_MORE_LNS_SECONDS"));
  private static final boolean MORE_LNS = MORE_LNS_DELAY_SECONDS >= 0;

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
    long now = System.nanoTime();
    // One neighbourhood thread after LNS_DELAY_SECONDS, the others after MORE_LNS_DELAY_SECONDS.
    Thread[] helpers = new Thread[Math.max(1, MORE_LNS ? options.threads() : 1)];
    for (int t = 0; t < helpers.length; t++) {
      long from = now + (long) ((t == 0 ? LNS_DELAY_SECONDS : MORE_LNS_DELAY_SECONDS) * 1e9);
      helpers[t] = new Thread(() -> {
        if (!sleepUntil(from, climbOver)) {
          return;
        }
        lns.work(bound::get, deadlineNanos, climbOver::get);
        if (lns.bestBreaks() <= bound.get()) {
          search.interrupt();
        }
      }, "break-lns-" + t);
      helpers[t].setDaemon(true);
      helpers[t].start();
    }
    CpSatSearch.Outcome o;
    try {
      o = new BreakClimb(search, options, calls).run(k0, max0, climbDeadline, bound, lns);
    } catch (RuntimeException e) {
      climbOver.set(true);
      throw e;
    }
    if (o != null) {
      climbOver.set(true);
      lns.stopAll();
      joinAll(helpers);
      return o;
    }
    // The climb gave up: the neighbourhood search gets every thread until the deadline.
    Thread[] more = new Thread[MORE_LNS ? 0 : Math.max(0, options.threads() - 1)];
    for (int t = 0; t < more.length; t++) {
      more[t] = new Thread(() -> lns.work(bound::get, deadlineNanos, () -> false), "break-lns-late-" + t);
      more[t].setDaemon(true);
      more[t].start();
    }
    lns.work(bound::get, deadlineNanos, () -> false);
    joinAll(more);
    joinAll(helpers);
    long k = bound.get();
    int[] best = lns.best();
    if (best != null) {
      long b = lns.bestBreaks();
      return b <= k ? AtMostBreaks.optimal(best, b) : new CpSatSearch.Outcome(CpSolverStatus.FEASIBLE, best, b, k, true);
    }
    return calls.minimise(null, k, deadlineNanos);
  }

  /** Sleeps until the given time; false when the climb ended first (or on interruption). */
  private static boolean sleepUntil(long nanos, AtomicBoolean climbOver) {
    while (System.nanoTime() < nanos) {
      if (climbOver.get()) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return false;
      }
    }
    return !climbOver.get();
  }

  private static void joinAll(Thread[] threads) {
    for (Thread t : threads) {
      join(t);
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
