package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Problem;
import java.util.List;

/** A cheap sufficient test that a participant has a break-free window (see {@link BreakFreeWindows}). */
final class GreedyWindowProbe {

  private final Candidates c;
  private final Problem problem;

  GreedyWindowProbe(Candidates c) {
    this.c = c;
    this.problem = c.problem;
  }

  /**
   * True when a quick greedy places every meeting of the participant in one window of consecutive
   * slots (slot by slot, the placeable meeting whose last possible slot in the window is earliest):
   * then it has a break-free window and the exact matching of {@link BreakFreeWindows} is not needed
   * for the bound. False says nothing.
   */
  boolean finds(int p) {
    List<Integer> ms = c.meetingsOf.get(p - 1);
    int n = ms.size();
    for (int start = 1; start + n - 1 <= problem.slotCount(); start++) {
      if (greedyFills(ms, start, start + n - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean greedyFills(List<Integer> ms, int from, int to) {
    boolean[] used = new boolean[ms.size()];
    for (int s = from; s <= to; s++) {
      int pick = -1;
      int pickLast = Integer.MAX_VALUE;
      for (int i = 0; i < ms.size(); i++) {
        int[] cand = c.slotsOf(ms.get(i));
        if (used[i] || java.util.Arrays.binarySearch(cand, s) < 0) {
          continue;
        }
        int last = lastIn(cand, to);
        if (last < pickLast) {
          pick = i;
          pickLast = last;
        }
      }
      if (pick < 0) {
        return false;
      }
      used[pick] = true;
    }
    return true;
  }

  private static int lastIn(int[] sorted, int to) {
    int last = -1;
    for (int s : sorted) {
      if (s <= to) {
        last = s;
      }
    }
    return last;
  }
}
