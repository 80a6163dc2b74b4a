package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.SatParameters;

/** The CP-SAT parameters of a {@link BreakerCases} case (split out of it at its size limit, session 24). */
final class CaseParameters {

  /** Deterministic time per case: the solvable cases of forum-13crafb / ticf-13crafb needed 3.7-8. */
  static final double CAP = System.getenv("INTERCLUSTER_CASE_CAP") == null ? 5.0
      : Double.parseDouble(System.getenv("INTERCLUSTER_CASE_CAP"));

  /**
   * Whether case solves keep CP-SAT's phase saving (the rule until session 16). Without it (each case
   * draws its own seed anyway), as in {@link SplitRound}: three solvable 10-breaker cases of
   * forum-13crafb at k = 6, seeds 0-2, 7 of 9 solved within the cap (median 1.67 units) against 5 of 9
   * (median 3.73) with it.
   */
  static final boolean PHASE_SAVING = System.getenv("INTERCLUSTER_CASE_PHASE_SAVING") != null;

  private CaseParameters() {
  }

  /**
   * A case's CP-SAT parameters: one worker without LP, capped in deterministic time, the case's own
   * seed, and (unless INTERCLUSTER_CASE_PHASE_SAVING is set) no phase saving.
   */
  static SatParameters.Builder of(SatParameters.Builder p, double seconds, long seed) {
    return p.setMaxTimeInSeconds(Math.max(0.01, seconds))
        .setMaxDeterministicTime(CAP)
        .setRandomSeed((int) seed)
        .setNumWorkers(1)
        .setLinearizationLevel(0)
        .setUsePhaseSaving(PHASE_SAVING);
  }
}
