package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;

/** Break counting on a slot-per-meeting array (the solver's own; the validator has another). */
final class Breaks {

  private Breaks() {}

  static int[] perParticipant(Problem problem, int[] slotOfMeeting) {
    int[][] row = new int[problem.participants().size()][problem.slotCount() + 2];
    for (Meeting m : problem.meetings()) {
      int s = slotOfMeeting[m.id() - 1];
      if (s > 0) {
        row[m.first() - 1][s] = 1;
        row[m.second() - 1][s] = 1;
      }
    }
    int[] out = new int[row.length];
    for (int p = 0; p < row.length; p++) {
      boolean any = false;
      for (int s = 1; s <= problem.slotCount(); s++) {
        any |= row[p][s] != 0;
      }
      out[p] = any ? SlotGrid.gaps(row[p], problem.slotCount(), 0) : -1;
    }
    return out;
  }

  static int total(int[] perParticipant) {
    int t = 0;
    for (int b : perParticipant) {
      t += Math.max(0, b);
    }
    return t;
  }

  static boolean fair(int[] perParticipant, int d) {
    if (d < 0) {
      return true;
    }
    int max = Integer.MIN_VALUE;
    int min = Integer.MAX_VALUE;
    for (int b : perParticipant) {
      if (b >= 0) {
        max = Math.max(max, b);
        min = Math.min(min, b);
      }
    }
    return max == Integer.MIN_VALUE || max - min <= d;
  }

  static boolean complete(Problem problem, int[] slotOfMeeting) {
    for (Meeting m : problem.meetings()) {
      if (!m.optional() && slotOfMeeting[m.id() - 1] == 0) {
        return false;
      }
    }
    return true;
  }
}
