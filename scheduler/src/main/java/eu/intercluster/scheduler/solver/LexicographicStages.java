package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import java.util.List;

/**
 * Lexicographic CP-SAT search: (1) most summed priority of optional meetings, (2) fewest moved
 * published meetings, (3) fewest breaks ({@link BreakDescent}). Each stage fixes the value found by
 * the previous one.
 */
final class LexicographicStages {

  private final CpSatSearch search;
  private final CpSatModel m;
  private final SchedulerOptions options;
  private final long deadlineNanos;

  LexicographicStages(CpSatSearch search, CpSatModel m, SchedulerOptions options, long startNanos) {
    this.search = search;
    this.m = m;
    this.options = options;
    this.deadlineNanos = startNanos + options.timeLimit().toNanos();
  }

  CpSatSearch.Outcome run(int[] hintSlots) {
    int[] best = hintSlots;
    boolean earlierOptimal = true;
    LinearExpr priority = optionalPriority();
    LinearExpr moves = moves();
    if (priority != null) {
      CpSatSearch.Outcome o = stage(LinearExpr.newBuilder().addTerm(priority, -1).build(), best, false, 0.5);
      if (o.slots() == null) {
        return o;
      }
      earlierOptimal &= o.status() == CpSolverStatus.OPTIMAL;
      m.model.addGreaterOrEqual(priority, -o.objective());
      best = o.slots();
    }
    if (moves != null) {
      CpSatSearch.Outcome o = stage(moves, best, false, 0.5);
      if (o.slots() == null) {
        return o;
      }
      earlierOptimal &= o.status() == CpSolverStatus.OPTIMAL;
      m.model.addLessOrEqual(moves, o.objective());
      best = o.slots();
    }
    CpSatSearch.Outcome last = new BreakDescent(search, m, options).run(best, deadlineNanos);
    return new CpSatSearch.Outcome(last.status(), last.slots(), last.objective(), last.bound(), earlierOptimal);
  }

  private CpSatSearch.Outcome stage(LinearExpr objective, int[] hint, boolean report, double shareOfRemaining) {
    m.model.clearObjective();
    m.model.minimize(objective);
    if (hint != null) {
      m.hint(hint);
    }
    double remaining = Math.max(0.05, (deadlineNanos - System.nanoTime()) / 1e9);
    return search.solve(m.model, remaining * shareOfRemaining, report, false);
  }

  private LinearExpr optionalPriority() {
    LinearExprBuilder b = LinearExpr.newBuilder();
    boolean any = false;
    for (Meeting meeting : m.problem.meetings()) {
      Literal s = m.scheduled[meeting.id() - 1];
      if (s != null) {
        b.addTerm(s, meeting.priority());
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  private LinearExpr moves() {
    List<Assignment> published = options.published();
    if (published.isEmpty()) {
      return null;
    }
    LinearExprBuilder b = LinearExpr.newBuilder();
    boolean any = false;
    for (Assignment a : published) {
      if (a.meeting() < 1 || a.meeting() > m.problem.meetings().size()) {
        continue;
      }
      Literal kept = m.at(a.meeting(), a.slot());
      b.add(1);
      if (kept != null) {
        b.addTerm(kept, -1);
      }
      any = true;
    }
    return any ? b.build() : null;
  }
}
