package eu.intercluster.scheduler.solver;

/** Outcome of a solve. */
public enum Status {
  /** A schedule with proven minimum breaks. */
  OPTIMAL,
  /** A valid schedule, optimality not proven within the time limit. */
  FEASIBLE,
  /** Proven that no schedule exists; see the explanation. */
  INFEASIBLE,
  /** Neither a schedule nor a proof of infeasibility within the time limit. */
  UNKNOWN
}
