package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Large-event repair: keeps the heuristic schedule fixed except around the participants above the
 * fairness cap (their meetings and their partners' meetings) and lets CP-SAT re-solve that
 * neighbourhood with the fairness bound and the break objective.
 */
final class FairnessRepair {

  private final Problem problem;
  private final SchedulerOptions options;

  FairnessRepair(Problem problem, SchedulerOptions options) {
    this.problem = problem;
    this.options = options;
  }

  /** A fair schedule, or null when none was found in time. */
  int[] repair(int[] slots, long startNanos, long deadlineNanos) {
    int[] per = Breaks.perParticipant(problem, slots);
    Set<Integer> over = new HashSet<>();
    for (int p = 0; p < per.length; p++) {
      if (per[p] > options.fairness()) {
        over.add(p + 1);
      }
    }
    Set<Integer> around = new HashSet<>(over);
    for (Meeting m : problem.meetings()) {
      if (over.contains(m.first()) || over.contains(m.second())) {
        around.add(m.first());
        around.add(m.second());
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : problem.meetings()) {
      boolean free = around.contains(m.first()) || around.contains(m.second());
      meetings.add(free || m.isFixed() ? m : m.withFixedSlot(slots[m.id() - 1]));
    }
    Candidates c = new Candidates(problem.withMeetings(meetings));
    CpSatModel model = new CpSatModel(c, options.fairness());
    model.hint(slots);
    model.model.minimize(model.totalBreaks);
    SchedulerOptions repairOptions = options.withProgress(options.progress());
    CpSatSearch search = new CpSatSearch(model, repairOptions, startNanos);
    double seconds = (deadlineNanos - System.nanoTime()) / 1e9;
    CpSatSearch.Outcome o = search.solve(model.model, seconds, true, false);
    return o.slots();
  }
}
