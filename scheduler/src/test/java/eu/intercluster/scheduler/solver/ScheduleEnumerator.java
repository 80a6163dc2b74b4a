package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Every schedule of a tiny problem that meets the hard constraints (optional meetings may be left out, slot 0). */
final class ScheduleEnumerator {

  private final Candidates c;
  private final Problem problem;
  private final List<int[]> out = new ArrayList<>();

  ScheduleEnumerator(Candidates c) {
    this.c = c;
    this.problem = c.problem;
  }

  List<int[]> all() {
    enumerate(new int[problem.meetings().size()], 0);
    return out;
  }

  private void enumerate(int[] slots, int i) {
    if (i == slots.length) {
      if (valid(slots)) {
        out.add(slots.clone());
      }
      return;
    }
    Meeting m = problem.meetings().get(i);
    if (m.optional()) {
      slots[i] = 0;
      enumerate(slots, i + 1);
    }
    for (int s : c.slotsOf(m.id())) {
      slots[i] = s;
      enumerate(slots, i + 1);
    }
  }

  private boolean valid(int[] slots) {
    int[] perSlot = new int[problem.slotCount() + 1];
    for (Meeting a : problem.meetings()) {
      int s = slots[a.id() - 1];
      if (s == 0) {
        continue;
      }
      if (++perSlot[s] > c.sharedTables()) {
        return false;
      }
      for (Meeting b : problem.meetings()) {
        if (b.id() > a.id() && slots[b.id() - 1] == s && (b.involves(a.first()) || b.involves(a.second()))) {
          return false;
        }
      }
    }
    for (Precedence pr : problem.precedences()) {
      int b = slots[pr.before() - 1];
      int a = slots[pr.after() - 1];
      if (a > 0 && b > 0 && a <= b) {
        return false;
      }
    }
    return true;
  }
}
