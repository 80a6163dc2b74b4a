package eu.intercluster.scheduler.bench;

import eu.intercluster.scheduler.solver.ScheduleResult;
import eu.intercluster.scheduler.solver.Status;

/** One benchmark run: our result, its independent validation and the paper's best. */
record BenchRun(String base, String variant, int fairness, ScheduleResult result, boolean valid,
    int validatedBreaks, PaperResults.Best paper) {

  /** "match", "MISMATCH", "open" (paper has no proof) or "slower/unknown" when we found no proof. */
  String verdict() {
    Status s = result.status();
    if (result.hasSchedule() && !valid) {
      return "INVALID";
    }
    if (paper.approach() == null) {
      return "n/a";
    }
    if (paper.unsat()) {
      return s == Status.INFEASIBLE ? "match" : s == Status.UNKNOWN ? "unproven" : "MISMATCH";
    }
    if (!paper.proven()) {
      return s == Status.OPTIMAL ? "proved (paper open)" : "open";
    }
    if (s == Status.INFEASIBLE) {
      return "MISMATCH";
    }
    if (s == Status.OPTIMAL) {
      return result.breaks() == paper.objective() ? "match" : "MISMATCH";
    }
    if (result.hasSchedule() && result.breaks() < paper.objective()) {
      return "MISMATCH";
    }
    return "unproven";
  }

  String statusText() {
    return result.status().name();
  }
}
