package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Bounds on one participant's breaks that hold in every schedule, from its own meetings alone.
 *
 * <p>Lower bound: the participant's meetings occupy a set of slots that contains the slots of its
 * fixed meetings, lies in the union of its meetings' possible slots (for a free meeting, less the
 * slots in which the partner is in a fixed meeting), has between "mandatory" and
 * "all" meetings' many slots, and holds its morning-only and afternoon-only meetings in the right
 * half. A dynamic programme over the slots gives the fewest runs of consecutive slots such a set can
 * have; breaks = runs - 1. Optional meetings count as slots that may fill a gap (they can only lower
 * the breaks). This relaxes the real problem (partners and tables are ignored), so it is sound.
 *
 * <p>Upper bound: all meetings fixed gives the exact count; otherwise at most one break between
 * two meetings and at most one per idle slot inside the span of the possible slots.
 */
final class ParticipantBreakBounds {

  private static final int NONE = Integer.MAX_VALUE / 4;

  private final Candidates c;
  private final Problem problem;

  /** fixedBusy[q][s]: participant q is in a mandatory fixed meeting in slot s. */
  private final boolean[][] fixedBusy;

  ParticipantBreakBounds(Candidates c) {
    this.c = c;
    this.problem = c.problem;
    fixedBusy = new boolean[problem.participants().size() + 1][problem.slotCount() + 1];
    for (Meeting m : problem.meetings()) {
      if (m.isFixed() && !m.optional() && m.fixedSlot() <= problem.slotCount()) {
        fixedBusy[m.first()][m.fixedSlot()] = true;
        fixedBusy[m.second()][m.fixedSlot()] = true;
      }
    }
  }

  /** What one participant's meetings allow: fixed slots, usable slots, counts. */
  record Shape(int participant, int mandatory, int all, TreeMap<Integer, Integer> fixedMeetingOfSlot,
      boolean[] usable, int morningOnly, int afternoonOnly) {}

  Shape shape(int p) {
    int slots = problem.slotCount();
    boolean[] usable = new boolean[slots + 2];
    TreeMap<Integer, Integer> fixed = new TreeMap<>();
    int mandatory = 0;
    int all = 0;
    int morningOnly = 0;
    int afternoonOnly = 0;
    for (int id : c.meetingsOf.get(p - 1)) {
      Meeting m = problem.meeting(id);
      int[] cand = c.slotsOf(id);
      if (cand.length == 0) {
        continue;
      }
      all++;
      int partner = m.first() == p ? m.second() : m.first();
      for (int s : cand) {
        // a free meeting cannot take a slot in which the partner is in a fixed meeting
        usable[s] |= m.isFixed() || !fixedBusy[partner][s];
      }
      if (m.optional()) {
        continue;
      }
      mandatory++;
      if (m.isFixed()) {
        fixed.put(m.fixedSlot(), id);
      } else {
        morningOnly += m.session() == Session.MORNING ? 1 : 0;
        afternoonOnly += m.session() == Session.AFTERNOON ? 1 : 0;
      }
    }
    return new Shape(p, mandatory, all, fixed, usable, morningOnly, afternoonOnly);
  }

  /** Fewest breaks the participant can have in any schedule (0 when it cannot be told). */
  int lower(int p) {
    return lower(shape(p));
  }

  int lower(Shape sh) {
    if (sh.mandatory() <= 1) {
      return 0;
    }
    int runs = fewestRuns(sh);
    return runs >= NONE ? 0 : Math.max(0, runs - 1);
  }

  /**
   * DP over slots. State: free (non-fixed) slots chosen so far, afternoon ones among them (capped
   * at the afternoon-only count), whether the previous slot is chosen; value: fewest runs.
   */
  private int fewestRuns(Shape sh) {
    int slots = problem.slotCount();
    int morning = problem.morningSlots();
    int fixedCount = sh.fixedMeetingOfSlot().size();
    int minFree = Math.max(0, sh.mandatory() - fixedCount);
    int maxFree = Math.max(minFree, sh.all() - fixedCount);
    int capAfternoon = sh.afternoonOnly();
    int[][][] dp = new int[maxFree + 1][capAfternoon + 1][2];
    fill(dp);
    dp[0][0][0] = 0;
    for (int s = 1; s <= slots; s++) {
      int[][][] next = new int[maxFree + 1][capAfternoon + 1][2];
      fill(next);
      boolean afternoon = s > morning;
      boolean isFixed = sh.fixedMeetingOfSlot().containsKey(s);
      for (int t = 0; t <= maxFree; t++) {
        for (int a = 0; a <= capAfternoon; a++) {
          for (int prev = 0; prev < 2; prev++) {
            int v = dp[t][a][prev];
            if (v >= NONE) {
              continue;
            }
            int opened = v + (prev == 1 ? 0 : 1);
            if (isFixed) {
              relax(next, t, a, 1, opened);
              continue;
            }
            relax(next, t, a, 0, v);
            if (sh.usable()[s] && t < maxFree) {
              int a2 = afternoon ? Math.min(capAfternoon, a + 1) : a;
              relax(next, t + 1, a2, 1, opened);
            }
          }
        }
      }
      dp = next;
      if (s == morning) {
        for (int t = 0; t < Math.min(sh.morningOnly(), maxFree + 1); t++) {
          Arrays.fill(dp[t][0], NONE);
        }
      }
    }
    int best = NONE;
    for (int t = minFree; t <= maxFree; t++) {
      best = Math.min(best, Math.min(dp[t][capAfternoon][0], dp[t][capAfternoon][1]));
    }
    return best;
  }

  private static void relax(int[][][] dp, int t, int a, int prev, int v) {
    if (v < dp[t][a][prev]) {
      dp[t][a][prev] = v;
    }
  }

  private static void fill(int[][][] dp) {
    for (int[][] plane : dp) {
      for (int[] row : plane) {
        Arrays.fill(row, NONE);
      }
    }
  }

  /** Most breaks the participant can have in any schedule. */
  int upper(int p) {
    Shape sh = shape(p);
    if (sh.all() <= 1) {
      return 0;
    }
    if (sh.all() == sh.mandatory() && sh.fixedMeetingOfSlot().size() == sh.mandatory()) {
      return runs(sh.fixedMeetingOfSlot().keySet().stream().mapToInt(Integer::intValue).toArray()) - 1;
    }
    int first = 0;
    int last = 0;
    for (int s = 1; s <= problem.slotCount(); s++) {
      if (sh.usable()[s]) {
        first = first == 0 ? s : first;
        last = s;
      }
    }
    int span = last - first + 1;
    return Math.max(0, Math.min(sh.all() - 1, span - sh.mandatory()));
  }

  private static int runs(int[] sortedSlots) {
    int runs = 0;
    for (int i = 0; i < sortedSlots.length; i++) {
      if (i == 0 || sortedSlots[i] != sortedSlots[i - 1] + 1) {
        runs++;
      }
    }
    return runs;
  }

  /** "1-4, 7, 9-12" for the usable slots. */
  static String ranges(boolean[] in, int slots) {
    StringBuilder sb = new StringBuilder();
    for (int s = 1; s <= slots; s++) {
      if (in[s] && (s == 1 || !in[s - 1])) {
        int e = s;
        while (e + 1 <= slots && in[e + 1]) {
          e++;
        }
        sb.append(sb.length() == 0 ? "" : ", ").append(s == e ? String.valueOf(s) : s + "-" + e);
      }
    }
    return sb.length() == 0 ? "none" : sb.toString();
  }
}
