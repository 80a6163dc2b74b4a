package eu.intercluster.scheduler.solver;

import java.util.Arrays;

/**
 * How many slots of a set Q one participant's meetings can occupy, by its number of breaks: its n
 * mandatory meetings take n of its usable slots, its fixed slots among them, in r runs of
 * consecutive slots (r - 1 breaks). Partners, tables and sessions are ignored, so the counts are
 * upper bounds in every schedule ({@link TableCapacityBreakBound}).
 */
final class SlotSetCoverage {

  static final int NONE = Integer.MIN_VALUE / 4;
  /** Extra runs above a participant's fewest that are told apart; beyond, coverage is capped. */
  private static final int EXTRA_RUNS = 4;

  /** byExtraBreaks[j]: most coverage with fewestBreaks + j breaks; the last entry caps all larger. */
  record Coverage(int fewestBreaks, int[] byExtraBreaks) {}

  private final int slots;

  SlotSetCoverage(int slots) {
    this.slots = slots;
  }

  /**
   * Most slots of Q the participant's meetings can cover by number of breaks, from the fewest
   * possible (a DP over the slots: free slots taken, runs opened, previous slot taken).
   */
  Coverage byBreaks(ParticipantBreakBounds.Shape sh, boolean[] q) {
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
