package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntegerVariableProto;
import eu.intercluster.scheduler.model.Meeting;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Large-neighbourhood search on the breaks: frees the meetings of a few participants (one with
 * breaks and its partners, or a window of slots) and lets CP-SAT re-place only them, every other
 * meeting fixed in its slot, minimising the breaks. The sub-model keeps every constraint of the full
 * model (fairness, tables, precedences, earlier stages), so each accepted schedule is feasible.
 * Finds the tight schedules the "at most k breaks" call on the whole model does not.
 */
final class BreakLns {

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;
  private final SplittableRandom random;
  private final CpModel base;
  private int size;

  BreakLns(CpSatSearch search, CpSatModel m, SchedulerOptions options) {
    this.search = search;
    this.m = m;
    this.options = options;
    this.random = new SplittableRandom(options.seed() * 7919 + 17);
    // A private copy: sub-models are cloned from it on the search threads (under this object's
    // lock) while the climb clones the shared model on its own thread.
    this.base = m.model.getClone();
    base.clearObjective();
    base.clearHints();
  }

  /**
   * Improves the schedule until its breaks reach target, the deadline passes, or stall seconds go by
   * without improvement. Returns the best schedule (never worse than start) and its breaks.
   */
  /** Sets the schedule to improve (a hint: accepted only once a sub-model confirms it). */
  synchronized void start(int[] start) {
    best = start.clone();
    bestBreaks = Breaks.total(Breaks.perParticipant(m.problem, best));
    verified = false;
    lastImprovement = System.nanoTime();
    if (size == 0) {
      size = Math.min(m.x.length, Math.max(12, m.x.length / 5));
    }
  }

  /** Offers a schedule of the whole model (hence feasible); kept when it beats the best one. */
  synchronized void offer(int[] slots) {
    int b = Breaks.total(Breaks.perParticipant(m.problem, slots));
    if (!verified || b < bestBreaks) {
      best = slots.clone();
      bestBreaks = b;
      verified = true;
    }
  }

  /** Breaks of the best confirmed schedule, or Long.MAX_VALUE. */
  synchronized long bestBreaks() {
    return verified ? bestBreaks : Long.MAX_VALUE;
  }

  /** The best confirmed schedule, or null. */
  synchronized int[] best() {
    return verified ? best : null;
  }

  /**
   * Improves the schedule until its breaks reach target, the deadline passes, or stop holds; each
   * call is one loop of neighbourhoods solved on one CP-SAT worker, and concurrent calls share the
   * best schedule.
   */
  void work(java.util.function.LongSupplier target, long deadline, java.util.function.BooleanSupplier stop) {
    int nm = m.x.length;
    while (true) {
      boolean capKind;
      int[] from;
      int fromBreaks;
      CpModel sub;
      double seconds;
      synchronized (this) {
        long now = System.nanoTime();
        long t = target.getAsLong();
        if (bestBreaks <= t || now >= deadline || stop.getAsBoolean() || stopped) {
          return;
        }
        if (paused) {
          pauseBriefly();
          continue;
        }
        seconds = Math.min(CAP, (deadline - now) / 1e9);
        if (seconds < 0.02) {
          return;
        }
        from = best;
        fromBreaks = bestBreaks;
        capKind = KINDS[random.nextInt(KINDS.length)] == CAP_KIND;
        sub = capKind ? BreakCapNeighbourhood.subModel(base, m, from, fromBreaks, t, random)
            : subModel(from, neighbourhood(from, size), fromBreaks, t);
      }
      CpSatSearch.Outcome o = capKind
          ? search.solveCapped(sub, (deadline - System.nanoTime()) / 1e9, running)
          : search.solveSub(sub, seconds, running);
      synchronized (this) {
        if (o.slots() != null && Breaks.complete(m.problem, o.slots())) {
          int b = Breaks.total(Breaks.perParticipant(m.problem, o.slots()));
          verified = true;
          if (b < bestBreaks || (b == bestBreaks && from == best)) {
            if (b < bestBreaks) {
              lastImprovement = System.nanoTime();
              options.progress().onProgress(search.elapsed(), b, (int) target.getAsLong());
            }
            best = o.slots();
            bestBreaks = b;
          }
        }
        // Adapt the size of the meeting neighbourhoods: solved to optimality grows, timed out shrinks.
        boolean solved = o.status() == CpSolverStatus.OPTIMAL || o.status() == CpSolverStatus.INFEASIBLE;
        if (!capKind) {
          size = solved ? Math.min(nm, size + Math.max(1, size / 10)) : Math.max(6, size - Math.max(1, size / 5));
        }
        if (DEBUG) {
          System.err.printf("lns t=%.2f %s size=%d status=%s best=%d%n", search.elapsed(), capKind ? "capped" : "meetings",
              size, o.status(), bestBreaks);
        }
      }
    }
  }

  private volatile boolean paused;
  private volatile boolean stopped;
  private final java.util.Set<com.google.ortools.sat.CpSolver> running =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Ends every {@link #work} loop at once, stopping the sub-solves under way. */
  void stopAll() {
    stopped = true;
    for (com.google.ortools.sat.CpSolver s : running) {
      s.stopSearch();
    }
  }

  /** Pauses or resumes every {@link #work} loop (another search needs the cores for a while). */
  void pause(boolean on) {
    paused = on;
  }

  private void pauseBriefly() {
    try {
      wait(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kind 3: {@link BreakCapNeighbourhood} (every meeting free, breaks capped per participant). */
  private static final int CAP_KIND = 3;
  private static final int[] KINDS = System.getenv("INTERCLUSTER_LNS_KINDS") == null ? new int[] {0, 1, 2, 3, 3, 3}
      : System.getenv("INTERCLUSTER_LNS_KINDS").chars().map(c -> c - '0').toArray();
  private static final double CAP = System.getenv("INTERCLUSTER_LNS_CAP") == null ? 1.0
      : Double.parseDouble(System.getenv("INTERCLUSTER_LNS_CAP"));
  private static final boolean DEBUG = System.getenv("INTERCLUSTER_DEBUG") != null;

  private int[] best;
  private int bestBreaks;
  private boolean verified;
  private long lastImprovement;
  private CpModel subModel(int[] incumbent, boolean[] free, int incumbentBreaks, long target) {
    CpModel sub = base.getClone();
    for (int i = 0; i < m.x.length; i++) {
      int[] cand = m.candidates.slots[i];
      for (int k = 0; k < cand.length; k++) {
        boolean on = cand[k] == incumbent[i];
        if (free[i]) {
          sub.addHint(m.x[i][k], on);
        } else {
          IntegerVariableProto.Builder v = sub.getBuilder().getVariablesBuilder(m.x[i][k].getIndex());
          v.clearDomain().addDomain(on ? 1 : 0).addDomain(on ? 1 : 0);
        }
      }
    }
    sub.addLessOrEqual(m.totalBreaks, incumbentBreaks);
    sub.addGreaterOrEqual(m.totalBreaks, target);
    sub.minimize(m.totalBreaks);
    return sub;
  }

  private boolean[] neighbourhood(int[] slots, int size) {
    boolean[] free = new boolean[m.x.length];
    int kind = KINDS[random.nextInt(KINDS.length)];
    if (kind == 2) {
      // A window of consecutive slots: every meeting placed in it.
      int n = m.problem.slotCount();
      int[] perSlot = new int[n + 1];
      for (int s : slots) {
        if (s > 0) {
          perSlot[s]++;
        }
      }
      int a = 1 + random.nextInt(n);
      int b = a;
      int count = perSlot[a];
      while (count < size && (a > 1 || b < n)) {
        if (b < n && (a == 1 || random.nextBoolean())) {
          count += perSlot[++b];
        } else {
          count += perSlot[--a];
        }
      }
      for (int i = 0; i < slots.length; i++) {
        free[i] = slots[i] >= a && slots[i] <= b;
      }
      return free;
    }
    int np = m.problem.participants().size();
    int[] breaks = Breaks.perParticipant(m.problem, slots);
    List<Integer> withBreaks = new ArrayList<>();
    for (int p = 0; p < np; p++) {
      if (breaks[p] > 0) {
        withBreaks.add(p + 1);
      }
    }
    List<Integer> queue = new ArrayList<>();
    boolean[] seen = new boolean[np + 1];
    int count = 0;
    while (count < size) {
      int p;
      if (queue.isEmpty()) {
        p = kind == 0 && !withBreaks.isEmpty()
            ? withBreaks.get(random.nextInt(withBreaks.size()))
            : 1 + random.nextInt(np);
        if (seen[p]) {
          if (count >= free.length) {
            break;
          }
          p = 1 + random.nextInt(np);
          if (seen[p]) {
            continue;
          }
        }
      } else {
        p = queue.remove(random.nextInt(queue.size()));
        if (seen[p]) {
          continue;
        }
      }
      seen[p] = true;
      for (int id : m.candidates.meetingsOf.get(p - 1)) {
        if (!free[id - 1]) {
          free[id - 1] = true;
          count++;
        }
        Meeting mt = m.problem.meetings().get(id - 1);
        int other = mt.first() == p ? mt.second() : mt.first();
        if (!seen[other]) {
          queue.add(other);
        }
      }
    }
    return free;
  }
}
