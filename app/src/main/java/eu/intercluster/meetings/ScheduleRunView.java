package eu.intercluster.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A scheduler run: {@code status} RUNNING, DONE or FAILED; {@code solverStatus} OPTIMAL,
 * FEASIBLE, INFEASIBLE or UNKNOWN once done; {@code explanation} says why it is infeasible.
 */
public record ScheduleRunView(long id, long eventId, String status, String solverStatus, Integer breaks,
    Integer lowerBound, Double seconds, int timeLimitSeconds, int fairness, boolean replan, Integer moved,
    String explanation, Instant startedAt, Instant finishedAt, Instant publishedAt, List<RunProgress> progress,
    List<RunAssignment> assignments) {

  public boolean running() {
    return "RUNNING".equals(status);
  }

  public boolean hasSchedule() {
    return "DONE".equals(status) && ("OPTIMAL".equals(solverStatus) || "FEASIBLE".equals(solverStatus));
  }

  /** The meeting a run places in a slot at a table, if any (for the grid). */
  public RunAssignment at(int slot, int table) {
    return assignments.stream().filter(a -> a.slot() == slot && a.table() == table).findFirst().orElse(null);
  }

  /** Best breaks and proven bound after some seconds. */
  public record RunProgress(double seconds, int breaks, int lowerBound) {}

  /** A proposed slot and table for one meeting, with its participants' names. */
  public record RunAssignment(long meetingId, int slot, int table, String first, String second) {}
}
