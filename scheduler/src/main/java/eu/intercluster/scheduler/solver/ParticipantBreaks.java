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
 * Break encoding of one participant: busy[p][s] = sum of its meeting literals in s; brk[p][s] = a
 * break ends in s (busy in s, idle in s-1, busy before); breaks[p] = sum brk; plus redundant
 * clauses for break-free participants (window of n slots, middle slots always busy).
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

  ParticipantBreaks(CpSatModel m, Literal[][] busy, Literal[] hasAny, List<Literal> breakLiterals) {
    this.model = m.model;
    this.candidates = m.candidates;
    this.problem = m.problem;
    this.x = m.x;
    this.scheduled = m.scheduled;
    this.breaks = m.breaks;
    this.busy = busy;
    this.hasAny = hasAny;
    this.breakLiterals = breakLiterals;
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
    // brk[p][s]: a break of p ends in s (busy in s, idle in s-1, busy somewhere before s-1).
    LinearExprBuilder count = LinearExpr.newBuilder();
    Literal seen = null;
    Literal[] busyBefore = new Literal[slots + 2];
    List<Literal> own = new ArrayList<>();
    for (int s = 1; s <= slots; s++) {
      Literal now = busy[p - 1][s];
      Literal before = s > 1 ? busy[p - 1][s - 1] : null;
      if (now != null && before == null && seen != null) {
        BoolVar brk = model.newBoolVar("brk" + p + "_" + s);
        model.addImplication(brk, now);
        model.addImplication(brk, seen);
        model.addBoolOr(new Literal[] {brk, now.not(), seen.not()});
        count.add(brk);
        own.add(brk);
        breakLiterals.add(brk);
      } else if (now != null && before != null && seenBefore(seen, before)) {
        BoolVar brk = model.newBoolVar("brk" + p + "_" + s);
        model.addImplication(brk, now);
        model.addImplication(brk, before.not());
        model.addImplication(brk, seen);
        model.addBoolOr(new Literal[] {brk, now.not(), before, seen.not()});
        count.add(brk);
        own.add(brk);
        breakLiterals.add(brk);
      }
      // seen(s) = p busy in some slot <= s-1, used for slot s+1 as "busy before s".
      seen = prefixOr(p, s, seen, before);
      busyBefore[s] = seen;
    }
    if (mandatory == ms.size() && mandatory >= 2) {
      addWindowClauses(p, mandatory, count, own, busyBefore);
    }
    int lb = candidates.breakLowerBound(p);
    int maxBreaks = Math.max(lb, Math.max(0, Math.min(ms.size(), slots) - 1));
    IntVar b = model.newIntVar(lb, maxBreaks, "breaks" + p);
    model.addEquality(count.build(), b);
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
    breaks[p - 1] = b;
  }

  /**
   * Redundant: "p has a break" literal; busy in i and j with j - i >= n (its meeting count) implies
   * a break. Lets the search see at once that a break-free participant lives in a window of n slots.
   */
  private void addWindowClauses(int p, int n, LinearExprBuilder count, List<Literal> own, Literal[] busyBefore) {
    BoolVar hasBreak = model.newBoolVar("hasBreak" + p);
    model.addLessOrEqual(hasBreak, count.build());
    for (Literal brk : own) {
      model.addImplication(brk, hasBreak);
    }
    int slots = problem.slotCount();
    Literal[] row = busy[p - 1];
    addCoreSlots(n, row, hasBreak);
    // Without a break, the first meeting in slot a makes p busy in a..a+n-1.
    for (int a = 1; a <= slots; a++) {
      if (row[a] == null) {
        continue;
      }
      Literal first = row[a];
      if (busyBefore[a] != null) {
        BoolVar f = model.newBoolVar("first" + p + "_" + a);
        model.addImplication(f, row[a]);
        model.addImplication(f, busyBefore[a].not());
        model.addBoolOr(new Literal[] {f, row[a].not(), busyBefore[a]});
        first = f;
      }
      for (int s = a + 1; s <= a + n - 1; s++) {
        if (s > slots || row[s] == null) {
          model.addImplication(first, hasBreak);
          break;
        }
        model.addBoolOr(new Literal[] {first.not(), hasBreak, row[s]});
      }
    }
    for (int s = 1; s <= slots; s++) {
      if (row[s] == null) {
        continue;
      }
      for (int t = s + n; t <= slots; t++) {
        if (row[t] != null) {
          model.addBoolOr(new Literal[] {row[s].not(), row[t].not(), hasBreak});
        }
      }
    }
      }

  /**
   * Without a break, p's n meetings fill a window of n usable slots. When only one run of usable
   * slots is long enough, the window stays inside it and always covers its middle slots.
   */
  private void addCoreSlots(int n, Literal[] row, Literal hasBreak) {
    int slots = problem.slotCount();
    int runStart = -1;
    int runEnd = -1;
    int longRuns = 0;
    for (int s = 1; s <= slots; s++) {
      if (row[s] != null && (s == 1 || row[s - 1] == null)) {
        int e = s;
        while (e + 1 <= slots && row[e + 1] != null) {
          e++;
        }
        if (e - s + 1 >= n) {
          longRuns++;
          runStart = s;
          runEnd = e;
        }
      }
    }
    if (longRuns != 1) {
      return;
    }
    for (int s = 1; s <= slots; s++) {
      if (row[s] == null) {
        continue;
      }
      if (s < runStart || s > runEnd) {
        model.addBoolOr(new Literal[] {hasBreak, row[s].not()});
      } else if (s >= runEnd - n + 1 && s <= runStart + n - 1) {
        model.addBoolOr(new Literal[] {hasBreak, row[s]});
      }
    }
  }

  private static boolean seenBefore(Literal seen, Literal before) {
    return seen != null;
  }

  /** Literal "p busy in some slot <= s-1" given the one for "<= s-2" and busy[s-1]. */
  private Literal prefixOr(int p, int s, Literal seen, Literal before) {
    if (before == null) {
      return seen;
    }
    if (seen == null) {
      return before;
    }
    BoolVar or = model.newBoolVar("seen" + p + "_" + s);
    model.addImplication(before, or);
    model.addImplication(seen, or);
    model.addBoolOr(new Literal[] {or.not(), before, seen});
    return or;
  }

  private static int indexOf(int[] sorted, int v) {
    return CpSatModel.indexOf(sorted, v);
  }
}
