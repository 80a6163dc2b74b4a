package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

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
  private final MeetingNeighbourhood meetings;
  /** Read by {@link BreakClimb} too: it waits while anchored cases at its k are to come. */
  final BreakerCases cases;

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
    this.meetings = new MeetingNeighbourhood(m, random);
    this.cases = new BreakerCases(m);
  }

  /** Sets the schedule to improve (a hint: accepted only once a sub-model confirms it). */
  synchronized void start(int[] start) {
    best = start.clone();
    int[] per = Breaks.perParticipant(m.problem, best);
    // An unfair start (the construction at small d) counts for nothing: any confirmed schedule beats it.
    bestBreaks = Breaks.fair(per, options.fairness()) ? Breaks.total(per) : Integer.MAX_VALUE;
    verified = false;
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
   * call is one loop of neighbourhoods solved on one CP-SAT worker, with a {@link SlotAnnealer} run
   * on every new best schedule, and concurrent calls share the best schedule.
   */
  void work(LongSupplier target, long deadline, BooleanSupplier stop) {
    SplittableRandom own;
    synchronized (this) {
      own = random.split();
    }
    working = true;
    boolean anneal = ANNEAL && SlotAnnealer.supports(m.candidates);
    SlotAnnealer annealer = anneal ? new SlotAnnealer(m.candidates, options.fairness(), options.published(), own) : null;
    if (anneal && BreakerCases.ON) {
      annealer.observeCycleEnds(cases::record);
    }
    LnsWalk walk = new LnsWalk();
    while (true) {
      int kind;
      int[] from;
      int fromBreaks;
      CpModel sub = null;
      BreakerCases.Case breakers = null;
      long t;
      synchronized (this) {
        long now = System.nanoTime();
        t = target.getAsLong();
        if (bestBreaks <= t || now >= deadline || stop.getAsBoolean() || stopped) {
          return;
        }
        if (paused) {
          pauseBriefly();
          continue;
        }
        if ((deadline - now) / 1e9 < 0.02) {
          return;
        }
        if (anneal && (walk.slots() == null || bestBreaks < annealedBreaks || walk.failures() >= REANNEAL_AFTER)) {
          annealedBreaks = Math.min(annealedBreaks, bestBreaks);
          kind = ANNEAL_KIND;
          from = best;
          fromBreaks = bestBreaks;
        } else {
          from = walk.slots() != null ? walk.slots() : best;
          fromBreaks = walk.slots() != null ? walk.breaks() : bestBreaks;
          kind = KINDS[random.nextInt(KINDS.length)];
          breakers = verified ? cases.next(t, bestBreaks, random) : null;
          if (breakers != null) {
            kind = CASE_KIND;
            from = best;
            fromBreaks = bestBreaks;
            sub = cases.subModel(base, breakers, t);
          } else {
            sub = kind == CAP_KIND ? BreakCapNeighbourhood.subModel(base, m, from, fromBreaks, t, random)
                : meetings.subModel(base, from, kind, fromBreaks, t);
          }
        }
      }
      CpSatSearch.Outcome o;
      if (kind == ANNEAL_KIND) {
        int[] annealed = annealer.improve(from, t, deadline, () -> stop.getAsBoolean() || stopped || paused, IDLE_CYCLES);
        int annealedBreaks = Breaks.total(Breaks.perParticipant(m.problem, annealed));
        walk.moveTo(annealed, annealedBreaks);
        o = annealedBreaks < fromBreaks || !verified ? confirm(annealed) : null;
      } else if (kind == CASE_KIND) {
        o = cases.solve(breakers, sub, (deadline - System.nanoTime()) / 1e9, options.seed() + random.nextInt(1000), running);
      } else if (kind == CAP_KIND) {
        o = search.solveCapped(sub, (deadline - System.nanoTime()) / 1e9, running);
      } else {
        o = search.solveSub(sub, Math.min(CAP, (deadline - System.nanoTime()) / 1e9), running);
      }
      if (kind != ANNEAL_KIND && kind != CASE_KIND) {
        if (o.slots() != null && o.objective() <= fromBreaks) {
          cases.record(Breaks.perParticipant(m.problem, o.slots()));
        }
        walk.step(o, fromBreaks);
      }
      synchronized (this) {
        if (o != null) {
          accept(o, from, target);
          if (kind < CAP_KIND) {
            meetings.adapt(o.status());
          }
        }
        if (DEBUG) {
          System.err.printf("lns t=%.2f kind=%d size=%d status=%s walk=%d best=%d%n", search.elapsed(), kind,
              kind == CASE_KIND ? breakers.size() : meetings.size(),
              o == null ? "-" : o.status(), walk.breaks(), bestBreaks);
        }
      }
    }
  }

  private void accept(CpSatSearch.Outcome o, int[] from, LongSupplier target) {
    if (o.slots() == null || !Breaks.complete(m.problem, o.slots())) {
      return;
    }
    int b = Breaks.total(Breaks.perParticipant(m.problem, o.slots()));
    verified = true;
    if (b < bestBreaks || (b == bestBreaks && from == best)) {
      if (b < bestBreaks) {
        options.progress().onProgress(search.elapsed(), b, (int) target.getAsLong());
      }
      best = o.slots();
      bestBreaks = b;
    }
    if (bestBreaks <= target.getAsLong()) {
      stopAll(); // proven optimal: the other threads' sub-solves under way (up to a case's cap) end now
    }
  }

  /**
   * The annealer's schedule checked against the whole model (every meeting fixed): the annealer
   * keeps the constraints itself, this makes sure of it.
   */
  private CpSatSearch.Outcome confirm(int[] slots) {
    CpModel fixed;
    synchronized (this) {
      fixed = base.getClone();
    }
    for (int i = 0; i < m.x.length; i++) {
      int[] cand = m.candidates.slots[i];
      for (int k = 0; k < cand.length; k++) {
        int v = cand[k] == slots[i] ? 1 : 0;
        fixed.getBuilder().getVariablesBuilder(m.x[i][k].getIndex()).clearDomain().addDomain(v).addDomain(v);
      }
    }
    fixed.minimize(m.totalBreaks);
    return search.solveSub(fixed, CONFIRM_SECONDS, running);
  }

  private volatile boolean paused;
  private volatile boolean stopped;
  private volatile boolean working;
  private final java.util.Set<com.google.ortools.sat.CpSolver> running =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Ends every {@link #work} loop at once, stopping the sub-solves under way. */
  void stopAll() {
    stopped = true;
    for (com.google.ortools.sat.CpSolver s : running) {
      s.stopSearch();
    }
  }

  /** True once a {@link #work} loop has started (the climb then leaves it a core). */
  boolean working() {
    return working;
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

  /** Kinds 0-2: {@link MeetingNeighbourhood}; 3: {@link BreakCapNeighbourhood} (every meeting free, breaks capped per participant). */
  private static final int CAP_KIND = 3;
  /** A {@link SlotAnnealer} run from a new best schedule (not drawn: it runs once per best schedule). */
  private static final int ANNEAL_KIND = 4;
  /** A {@link BreakerCases} case (every meeting free, only a few likely breakers may break). */
  private static final int CASE_KIND = 5;
  private static final boolean ANNEAL = System.getenv("INTERCLUSTER_NO_ANNEAL") == null;
  /** The annealer stops after this many temperature cycles (about 2.5 million moves each) without a better schedule. */
  private static final int IDLE_CYCLES = 1;
  /** Neighbourhoods in a row without a better schedule before a thread anneals from the best schedule again. */
  private static final int REANNEAL_AFTER = System.getenv("INTERCLUSTER_REANNEAL_AFTER") == null ? 4
      : Integer.parseInt(System.getenv("INTERCLUSTER_REANNEAL_AFTER"));
  private static final double CONFIRM_SECONDS = 5;
  private static final int[] KINDS = System.getenv("INTERCLUSTER_LNS_KINDS") == null ? new int[] {0, 1, 2, 3, 3, 3}
      : System.getenv("INTERCLUSTER_LNS_KINDS").chars().map(c -> c - '0').toArray();
  private static final double CAP = System.getenv("INTERCLUSTER_LNS_CAP") == null ? 1.0
      : Double.parseDouble(System.getenv("INTERCLUSTER_LNS_CAP"));
  private static final boolean DEBUG = System.getenv("INTERCLUSTER_DEBUG") != null;

  private int[] best;
  private int bestBreaks;
  private boolean verified;
  /** Breaks of the last schedule annealed from: the annealer runs again once the best is below. */
  private int annealedBreaks = Integer.MAX_VALUE;
}
