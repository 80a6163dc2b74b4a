package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Assignment;
import java.util.List;

/**
 * Result of a solve.
 *
 * @param status OPTIMAL, FEASIBLE, INFEASIBLE or UNKNOWN
 * @param breaks total breaks of the schedule (-1 without schedule)
 * @param lowerBound proven lower bound on the breaks (given the optional meetings and moves chosen)
 * @param assignments meeting -> slot, table, sorted by meeting id (empty without schedule)
 * @param explanation for INFEASIBLE: the conflicting constraints, one per line; otherwise empty
 * @param seconds wall-clock seconds of the solve
 * @param moved meetings of the published schedule that changed slot
 * @param unscheduled ids of optional meetings left out
 */
public record ScheduleResult(
    Status status,
    int breaks,
    int lowerBound,
    List<Assignment> assignments,
    String explanation,
    double seconds,
    int moved,
    List<Integer> unscheduled) {

  public ScheduleResult {
    assignments = List.copyOf(assignments);
    unscheduled = List.copyOf(unscheduled);
    explanation = explanation == null ? "" : explanation;
  }

  public boolean hasSchedule() {
    return status == Status.OPTIMAL || status == Status.FEASIBLE;
  }

  static ScheduleResult infeasible(String explanation, double seconds) {
    return new ScheduleResult(Status.INFEASIBLE, -1, -1, List.of(), explanation, seconds, 0, List.of());
  }
}
