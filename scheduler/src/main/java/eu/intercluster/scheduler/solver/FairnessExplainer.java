package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;

/**
 * Explains an infeasibility the fast checks missed: tells whether the fairness bound d is the
 * culprit (the problem is feasible without it) or the hard constraints conflict together.
 */
final class FairnessExplainer {

  private final Candidates c;
  private final SchedulerOptions options;

  FairnessExplainer(Candidates c, SchedulerOptions options) {
    this.c = c;
    this.options = options;
  }

  String explain() {
    if (options.fairness() < 0) {
      return combined();
    }
    CpSatModel relaxed = new CpSatModel(c, -1);
    SchedulerOptions quick = options.withTimeLimit(Duration.ofSeconds(3)).withPublished(java.util.List.of())
        .withProgress(ProgressListener.none());
    CpSatSearch.Outcome o = new CpSatSearch(relaxed, quick, System.nanoTime()).run(null);
    if (o.slots() != null) {
      int[] perParticipant = Breaks.perParticipant(c.problem, o.slots());
      int max = 0;
      for (int b : perParticipant) {
        max = Math.max(max, b);
      }
      return "fairness d = " + options.fairness() + " cannot be met: every schedule gives some participant"
          + " more than " + options.fairness() + " breaks above the least-interrupted one"
          + " (without the fairness bound a schedule exists, e.g. with " + Breaks.total(perParticipant)
          + " breaks and at most " + max + " per participant); raise d";
    }
    if (o.status() == CpSolverStatus.INFEASIBLE) {
      return combined();
    }
    return "fairness d = " + options.fairness() + " cannot be met (the problem without the fairness bound"
        + " could not be decided within 3 s)";
  }

  private String combined() {
    return "the fixed slots, forbidden slots, sessions, precedences and table limits conflict in"
        + " combination (proven by CP-SAT); no single meeting or participant is over-committed";
  }
}
