package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import java.util.Arrays;

/** The precedences of each meeting (0-based indices), to check a few moved meetings at once. */
final class MeetingPrecedences {

  private final int[][] before;
  private final int[][] after;

  MeetingPrecedences(Problem problem) {
    int nm = problem.meetings().size();
    before = new int[nm][0];
    after = new int[nm][0];
    for (Precedence pr : problem.precedences()) {
      int b = pr.before() - 1;
      int a = pr.after() - 1;
      after[b] = append(after[b], a);
      before[a] = append(before[a], b);
    }
  }

  private static int[] append(int[] values, int value) {
    int[] out = Arrays.copyOf(values, values.length + 1);
    out[values.length] = value;
    return out;
  }

  /** True when the first size meetings of moved keep their precedences in slot (0 = not scheduled). */
  boolean hold(int[] moved, int size, int[] slot) {
    for (int k = 0; k < size; k++) {
      int j = moved[k];
      for (int b : before[j]) {
        if (slot[b] > 0 && slot[b] >= slot[j]) {
          return false;
        }
      }
      for (int a : after[j]) {
        if (slot[a] > 0 && slot[a] <= slot[j]) {
          return false;
        }
      }
    }
    return true;
  }
}
