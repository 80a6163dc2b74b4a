package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.stream.Collectors;

/**
 * Explains an infeasibility the fast checks missed. First the combinatorial fairness argument
 * ({@link FairnessCheck}); then the hard constraints alone, each group switchable ({@link
 * ConflictModel}): if they conflict, a small conflicting set in plain words ({@link ConflictCore});
 * if they can all hold, the fairness bound d is the culprit.
 */
final class FairnessExplainer {

  /** Time for finding and shrinking the conflicting set. */
  static final double CORE_BUDGET_SECONDS = 4.0;

  private final Candidates c;
  private final SchedulerOptions options;

  FairnessExplainer(Candidates c, SchedulerOptions options) {
    this.c = c;
    this.options = options;
  }

  String explain() {
    var fast = new FairnessCheck(c, options.fairness()).check();
    if (fast.isPresent()) {
      return fast.get();
    }
    ConflictCore.Result r = new ConflictCore(new ConflictModel(c), options.seed()).find(CORE_BUDGET_SECONDS);
    if (r.status() == CpSolverStatus.INFEASIBLE) {
      return "these constraints cannot all hold (every meeting needs a slot and nobody can be in two meetings"
          + " at once; proven by CP-SAT" + (r.minimal() ? ", and none of them can be dropped" : ", the set may not"
          + " be minimal") + "): " + r.groups().stream()
          .sorted(java.util.Comparator.comparing(ConflictModel.Group::kind).thenComparingInt(ConflictModel.Group::owner)
              .thenComparingInt(ConflictModel.Group::a))
          .map(ConflictModel.Group::text)
          .collect(Collectors.joining("; "));
    }
    if (r.slots() != null && options.fairness() >= 0) {
      int[] perParticipant = Breaks.perParticipant(c.problem, r.slots());
      int max = 0;
      for (int b : perParticipant) {
        max = Math.max(max, b);
      }
      return "fairness d = " + options.fairness() + " cannot be met: every schedule gives some participant"
          + " more than " + options.fairness() + " breaks above the least-interrupted one (all other"
          + " constraints can hold, e.g. in a schedule with " + Breaks.total(perParticipant)
          + " breaks and at most " + max + " per participant); raise d";
    }
    return "the fixed slots, forbidden slots, sessions, precedences and table limits conflict in"
        + " combination (proven by CP-SAT); no smaller conflicting set was found within "
        + CORE_BUDGET_SECONDS + " s";
  }
}
