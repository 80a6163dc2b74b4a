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

  private static final int NONE = Integer.MIN_VALUE / 4;
  /** Extra runs above a participant's fewest that the knapsack tells apart; beyond, coverage is capped. */
  private static final int EXTRA_RUNS = 4;
  private static final long BUDGET_NANOS = 300_000_000L;
  private static final int MAX_EXTRA = 64;
  /** Up to this many slots every set of slots is tried (4095 sets, at most 75 ms on the benchmark). */
  private static final int ALL_SETS_MAX_SLOTS = 12;

  private final Candidates c;
  private final Problem problem;
  private final int slots;
  /** The shapes of the participants with meetings (ParticipantBreakBounds). */
  private final java.util.List<ParticipantBreakBounds.Shape> shapes = new java.util.ArrayList<>();

  TableCapacityBreakBound(Candidates c) {
    this.c = c;
    this.problem = c.problem;
    this.slots = problem.slotCount();
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
    int[] cap = slotCapacity();
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int best = 0;
    if (slots <= ALL_SETS_MAX_SLOTS) {
      for (int mask = 1; mask < (1 << slots) && System.nanoTime() < deadline; mask++) {
        boolean[] q = new boolean[slots + 1];
        for (int s = 1; s <= slots; s++) {
          q[s] = (mask >> (s - 1) & 1) != 0;
        }
        best = Math.max(best, lower(q, cap));
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
        best = Math.max(best, lower(interval, cap));
        best = Math.max(best, lower(complement, cap));
      }
    }
    return best;
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
  int lower(boolean[] q, int[] cap) {
    long outside = 0;
    for (int s = 1; s <= slots; s++) {
      outside += q[s] ? 0 : cap[s];
    }
    long need = 2 * (problem.meetings().size() - outside);
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
    Map<String, Coverage> memo = new HashMap<>();
    for (ParticipantBreakBounds.Shape sh : shapes) {
      Coverage cov = memo.computeIfAbsent(key(sh), k -> coverageByBreaks(sh, q));
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

  /** byExtraBreaks[j]: most coverage with fewestBreaks + j breaks; the last entry caps all larger. */
  private record Coverage(int fewestBreaks, int[] byExtraBreaks) {}

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

  /**
   * Most slots of Q the participant's meetings can cover by number of breaks, from the fewest
   * possible (a DP over the slots: free slots taken, runs opened, previous slot taken).
   */
  private Coverage coverageByBreaks(ParticipantBreakBounds.Shape sh, boolean[] q) {
    int n = sh.mandatory();
    int fixedCount = sh.fixedMeetingOfSlot().size();
    int free = n - fixedCount;
    int maxRuns = Math.min(n, slots);
    int[][][] dp = new int[free + 1][maxRuns + 1][2];
    fill(dp);
    dp[0][0][0] = 0;
    for (int s = 1; s <= slots; s++) {
      int[][][] next = new int[free + 1][maxRuns + 1][2];
      fill(next);
      boolean fixed = sh.fixedMeetingOfSlot().containsKey(s);
      int gain = q[s] ? 1 : 0;
      for (int t = 0; t <= free; t++) {
        for (int r = 0; r <= maxRuns; r++) {
          for (int prev = 0; prev < 2; prev++) {
            int v = dp[t][r][prev];
            if (v == NONE) {
              continue;
            }
            int r2 = r + (prev == 1 ? 0 : 1);
            if (fixed) {
              if (r2 <= maxRuns) {
                relax(next, t, r2, 1, v + gain);
              }
              continue;
            }
            relax(next, t, r, 0, v);
            if (sh.usable()[s] && t < free && r2 <= maxRuns) {
              relax(next, t + 1, r2, 1, v + gain);
            }
          }
        }
      }
      dp = next;
    }
    int[] byRuns = new int[maxRuns + 1];
    Arrays.fill(byRuns, NONE);
    for (int r = 0; r <= maxRuns; r++) {
      byRuns[r] = Math.max(dp[free][r][0], dp[free][r][1]);
    }
    if (n == 0) {
      return new Coverage(0, new int[] {0});
    }
    int fewest = 1;
    while (fewest < maxRuns && byRuns[fewest] == NONE) {
      fewest++;
    }
    // runs fewest .. fewest + EXTRA_RUNS told apart, more runs capped by the best coverage of all.
    int last = Math.min(maxRuns, fewest + EXTRA_RUNS);
    int[] cov = new int[last - fewest + 1];
    int best = NONE;
    for (int r = fewest; r <= maxRuns; r++) {
      best = Math.max(best, byRuns[r]);
      cov[Math.min(r, last) - fewest] = best;
    }
    return new Coverage(fewest - 1, cov);
  }

  private static void relax(int[][][] dp, int t, int r, int prev, int v) {
    if (v > dp[t][r][prev]) {
      dp[t][r][prev] = v;
    }
  }

  private static void fill(int[][][] dp) {
    for (int[][] plane : dp) {
      for (int[] row : plane) {
        Arrays.fill(row, NONE);
      }
    }
  }
}
