package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Break encoding of one participant: busy[p][s] = sum of its meeting literals in s; start[p][s] = a
 * run of meetings starts in s; breaks[p] = runs - 1, bounded below by the participant's own bound.
 * The redundant clauses for break-free participants are {@link BreakFreeClauses}.
 */
final class ParticipantBreaks {

  private final CpModel model;
  private final Candidates candidates;
  private final Problem problem;
  private final BoolVar[][] x;
  private final Literal[] scheduled;
  private final IntVar[] breaks;
  private final Literal[][] busy;
  private final Literal[] hasAny;
  private final List<Literal> breakLiterals;
  private final Literal[][] startsOf;
  private final BreakFreeClauses breakFree;
  static final boolean LINEAR_STARTS = System.getenv("INTERCLUSTER_NO_LINSTART") == null;

  ParticipantBreaks(CpSatModel m, Literal[][] busy, Literal[] hasAny, List<Literal> breakLiterals, Literal[][] startsOf) {
    this.startsOf = startsOf;
    this.model = m.model;
    this.candidates = m.candidates;
    this.problem = m.problem;
    this.x = m.x;
    this.scheduled = m.scheduled;
    this.breaks = m.breaks;
    this.busy = busy;
    this.hasAny = hasAny;
    this.breakLiterals = breakLiterals;
    this.breakFree = new BreakFreeClauses(m.model, m.candidates, m.x, busy);
  }

  void encode(int p) {
    List<Integer> ms = candidates.meetingsOf.get(p - 1);
    if (ms.isEmpty()) {
      return;
    }
    int slots = problem.slotCount();
    for (int s = 1; s <= slots; s++) {
      List<Literal> at = new ArrayList<>();
      for (int m : ms) {
        int k = indexOf(candidates.slotsOf(m), s);
        if (k >= 0) {
          at.add(x[m - 1][k]);
        }
      }
      if (!at.isEmpty()) {
        BoolVar b = model.newBoolVar("busy" + p + "_" + s);
        model.addEquality(LinearExpr.sum(at.toArray(new Literal[0])), b);
        busy[p - 1][s] = b;
      }
    }
    int mandatory = candidates.mandatoryCount(p);
    if (mandatory == ms.size()) {
      List<Literal> all = new ArrayList<>();
      for (int s = 1; s <= slots; s++) {
        if (busy[p - 1][s] != null) {
          all.add(busy[p - 1][s]);
        }
      }
      model.addEquality(LinearExpr.sum(all.toArray(new Literal[0])), mandatory);
    }
    // Block view: start[p][s] = p busy in s and idle in s-1 (a run of meetings starts in s). The
    // participant's breaks are its number of runs minus one, a much tighter linear relaxation than
    // per-slot "break ends here" literals with a "busy before" prefix.
    LinearExprBuilder count = LinearExpr.newBuilder();
    List<Literal> starts = new ArrayList<>();
    Literal[] row = busy[p - 1];
    for (int s = 1; s <= slots; s++) {
      Literal now = row[s];
      if (now == null) {
        continue;
      }
      Literal before = s > 1 ? row[s - 1] : null;
      Literal st = now;
      if (before != null) {
        BoolVar v = model.newBoolVar("start" + p + "_" + s);
        model.addImplication(v, now);
        model.addImplication(v, before.not());
        model.addBoolOr(new Literal[] {v, now.not(), before});
        if (LINEAR_STARTS) {
          model.addGreaterOrEqual(LinearExpr.newBuilder().add(v).add(before).addTerm(now, -1).build(), 0);
        }
        st = v;
      }
      starts.add(st);
      count.add(st);
      breakLiterals.add(st);
    }
    startsOf[p - 1] = starts.toArray(new Literal[0]);
    if (mandatory > 0) {
      hasAny[p - 1] = model.trueLiteral();
    } else {
      BoolVar any = model.newBoolVar("any" + p);
      LinearExprBuilder sum = LinearExpr.newBuilder();
      for (int m : ms) {
        model.addImplication(scheduled[m - 1], any);
        sum.add(scheduled[m - 1]);
      }
      model.addLessOrEqual(any, sum);
      hasAny[p - 1] = any;
    }
    int lb = candidates.breakLowerBound(p);
    int maxBreaks = Math.max(lb, Math.max(0, Math.min(ms.size(), slots) - 1));
    IntVar b = model.newIntVar(lb, maxBreaks, "breaks" + p);
    count.addTerm(hasAny[p - 1], -1);
    model.addEquality(count.build(), b);
    if (mandatory == ms.size() && mandatory >= 2) {
      breakFree.add(p, mandatory, b, starts);
    }
    breaks[p - 1] = b;
  }

  private static int indexOf(int[] sorted, int v) {
    return CpSatModel.indexOf(sorted, v);
  }
}
