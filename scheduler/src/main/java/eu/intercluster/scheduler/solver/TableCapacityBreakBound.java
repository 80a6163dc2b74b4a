package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A lower bound on the total breaks from the table limit: for a set Q of slots, the meetings outside
 * Q fit in at most (tables x slots outside Q), so at least M - that many meetings, and twice as many
 * busy participant-slots, lie in Q. A participant whose n meetings form r runs of consecutive slots
 * covers at most cov(p, Q, r) slots of Q (its usable slots, its fixed slots kept), and a break-free
 * participant little of a Q made of the first and last slots of the day. The fewest breaks that let
 * the participants cover the busy participant-slots Q needs (a knapsack over participants) bounds
 * every schedule. Example (tic-13crafc): 180 meetings, 19 tables, 10 slots; Q = {1, 2, 9, 10} needs
 * 132 busy participant-slots, break-free participants cover at most 125, and a break adds at most 2:
 * at least 4 breaks, the optimum.
 *
 * <p>Sound only when every meeting takes place and shares the tables: with optional meetings or
 * table keepers the bound is 0. Q ranges over every set of slots when there are at most 12 slots,
 * otherwise over the intervals of slots and their complements.
 */
final class TableCapacityBreakBound {

  private static final int NONE = SlotSetCoverage.NONE;
  private static final long BUDGET_NANOS = 300_000_000L;
  private static final int MAX_EXTRA = 64;
  /** Up to this many slots every set of slots is tried (4095 sets, at most 75 ms on the benchmark). */
  private static final int ALL_SETS_MAX_SLOTS = 12;

  private final Candidates c;
  private final Problem problem;
  private final int slots;
  /** The shapes of the participants with meetings (ParticipantBreakBounds). */
  private final java.util.List<ParticipantBreakBounds.Shape> shapes = new java.util.ArrayList<>();
  private final SlotSetCoverage coverage;
  private int[] cap;

  TableCapacityBreakBound(Candidates c) {
    this.c = c;
    this.problem = c.problem;
    this.slots = problem.slotCount();
    this.coverage = new SlotSetCoverage(slots);
    for (int p = 1; p <= problem.participants().size(); p++) {
      if (!c.meetingsOf.get(p - 1).isEmpty()) {
        shapes.add(c.bounds().shape(p));
      }
    }
  }

  /** The best bound over the slot sets tried (0 when the argument does not apply). */
  int lower() {
    if (c.keepers > 0 || problem.meetings().stream().anyMatch(Meeting::optional)) {
      return 0;
    }
    cap = slotCapacity();
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int best = 0;
    if (slots <= ALL_SETS_MAX_SLOTS) {
      for (int mask = 1; mask < (1 << slots) && System.nanoTime() < deadline; mask++) {
        boolean[] q = new boolean[slots + 1];
        for (int s = 1; s <= slots; s++) {
          q[s] = (mask >> (s - 1) & 1) != 0;
        }
        best = Math.max(best, lower(q));
      }
      return best;
    }
    for (int a = 1; a <= slots && System.nanoTime() < deadline; a++) {
      for (int b = a; b <= slots; b++) {
        boolean[] interval = new boolean[slots + 1];
        boolean[] complement = new boolean[slots + 1];
        for (int s = 1; s <= slots; s++) {
          interval[s] = s >= a && s <= b;
          complement[s] = !interval[s];
        }
        best = Math.max(best, lower(interval));
        best = Math.max(best, lower(complement));
      }
    }
    return best;
  }

  /** Busy participant-slots Q needs: twice the meetings that do not fit outside Q. */
  private long need(boolean[] q) {
    long outside = 0;
    for (int s = 1; s <= slots; s++) {
      outside += q[s] ? 0 : cap[s];
    }
    return 2 * (problem.meetings().size() - outside);
  }

  /** Meetings slot s can hold: the tables, and no more than the meetings that may take s. */
  private int[] slotCapacity() {
    int[] cap = new int[slots + 1];
    for (int[] cand : c.slots) {
      for (int s : cand) {
        cap[s]++;
      }
    }
    for (int s = 1; s <= slots; s++) {
      cap[s] = Math.min(cap[s], c.sharedTables());
    }
    return cap;
  }

  /** Fewest breaks with which the participants cover the busy participant-slots Q needs. */
  private int lower(boolean[] q) {
    long need = need(q);
    if (need <= breakFreeCoverage(q)) {
      // Break-free participants might cover Q already: no more than the per-participant bounds here.
      return 0;
    }
    // most[e] = most coverage of Q with e breaks above the participants' fewest (NONE: unreachable);
    // more than MAX_EXTRA extra breaks count as MAX_EXTRA, which only lowers the bound.
    int fewest = 0;
    int[] most = new int[MAX_EXTRA + 1];
    Arrays.fill(most, NONE);
    most[0] = 0;
    Map<String, SlotSetCoverage.Coverage> memo = new HashMap<>();
    for (ParticipantBreakBounds.Shape sh : shapes) {
      SlotSetCoverage.Coverage cov = memo.computeIfAbsent(key(sh), k -> coverage.byBreaks(sh, q));
      fewest += cov.fewestBreaks();
      int[] next = new int[MAX_EXTRA + 1];
      Arrays.fill(next, NONE);
      for (int e = 0; e <= MAX_EXTRA; e++) {
        if (most[e] == NONE) {
          continue;
        }
        for (int j = 0; j < cov.byExtraBreaks().length; j++) {
          int v = cov.byExtraBreaks()[j];
          int e2 = Math.min(MAX_EXTRA, e + j);
          if (v != NONE && most[e] + v > next[e2]) {
            next[e2] = most[e] + v;
          }
        }
      }
      most = next;
    }
    for (int e = 0; e <= MAX_EXTRA; e++) {
      if (most[e] != NONE && most[e] >= need) {
        return fewest + e;
      }
    }
    // Not even unlimited breaks cover Q: the argument makes no claim (the search will tell).
    return 0;
  }

  /**
   * Quick upper bound on the coverage of Q with no break where one is possible: per participant, the
   * best window of n consecutive usable slots; without such a window, min(n, usable slots in Q).
   */
  private long breakFreeCoverage(boolean[] q) {
    long total = 0;
    for (ParticipantBreakBounds.Shape sh : shapes) {
      int n = sh.mandatory();
      int inQ = 0;
      for (int s = 1; s <= slots; s++) {
        inQ += q[s] && sh.usable()[s] ? 1 : 0;
      }
      int best = -1;
      for (int a = 1; a + n - 1 <= slots; a++) {
        int covered = 0;
        boolean usable = true;
        for (int s = a; s < a + n && usable; s++) {
          usable = sh.usable()[s];
          covered += q[s] ? 1 : 0;
        }
        if (usable) {
          best = Math.max(best, covered);
        }
      }
      total += best >= 0 ? best : Math.min(n, inQ);
    }
    return total;
  }

  private static String key(ParticipantBreakBounds.Shape sh) {
    return sh.mandatory() + "/" + Arrays.toString(sh.usable()) + "/" + sh.fixedMeetingOfSlot().keySet();
  }
}
