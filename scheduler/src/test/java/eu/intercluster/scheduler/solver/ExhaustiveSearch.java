package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** Minimum breaks by trying every slot for every meeting (tiny problems only), -1 if none is valid. */
final class ExhaustiveSearch {

  private final Problem problem;
  private final int fairness;
  private final ScheduleValidator validator = new ScheduleValidator();
  private int best = Integer.MAX_VALUE;

  ExhaustiveSearch(Problem problem, int fairness) {
    this.problem = problem;
    this.fairness = fairness;
  }

  int minimumBreaks() {
    enumerate(new int[problem.meetings().size()], 0);
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  private void enumerate(int[] slots, int i) {
    if (i == slots.length) {
      ValidationReport r = validator.validate(problem, withTables(slots), fairness);
      if (r.isValid()) {
        best = Math.min(best, r.breaks());
      }
      return;
    }
    for (int s = 1; s <= problem.slotCount(); s++) {
      slots[i] = s;
      enumerate(slots, i + 1);
    }
  }

  /** Tables 1, 2, ... in order within each slot (no table keepers in these problems). */
  private List<Assignment> withTables(int[] slots) {
    int[] used = new int[problem.slotCount() + 1];
    List<Assignment> out = new ArrayList<>();
    for (int m = 0; m < slots.length; m++) {
      out.add(new Assignment(m + 1, slots[m], ++used[slots[m]]));
    }
    return out;
  }
}
