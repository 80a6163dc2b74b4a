package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.Literal;
import eu.intercluster.scheduler.model.Problem;
import java.util.List;

/**
 * Redundant clauses of {@link ParticipantBreaks} for a participant without optional meetings: a
 * "has a break" literal, and without a break its n meetings fill a window of n consecutive slots
 * (run starts, convex span, middle slots of the only long run, windows and meeting-slot pairs that
 * {@link BreakFreeWindows} rules out).
 */
final class BreakFreeClauses {

  static final boolean CONVEX = System.getenv("INTERCLUSTER_NO_CONVEX") == null;
  static final boolean PRUNE = System.getenv("INTERCLUSTER_NO_PRUNE") == null;

  private final CpModel model;
  private final Candidates candidates;
  private final Problem problem;
  private final BoolVar[][] x;
  private final Literal[][] busy;

  BreakFreeClauses(CpModel model, Candidates candidates, BoolVar[][] x, Literal[][] busy) {
    this.model = model;
    this.candidates = candidates;
    this.problem = candidates.problem;
    this.x = x;
    this.busy = busy;
  }

  /**
   * Redundant: "p has a break" literal; busy in i and j with j - i >= n (its meeting count) implies
   * a break, and without a break the run starting in a covers a..a+n-1. Lets the search see at once
   * that a break-free participant lives in a window of n slots.
   */
  void add(int p, int n, IntVar b, List<Literal> starts) {
    BoolVar hasBreak = model.newBoolVar("hasBreak" + p);
    model.addGreaterOrEqual(b, 1).onlyEnforceIf(hasBreak);
    model.addEquality(b, 0).onlyEnforceIf(hasBreak.not());
    int slots = problem.slotCount();
    Literal[] row = busy[p - 1];
    addCoreSlots(n, row, hasBreak);
    addWindowPruning(p, n, hasBreak, starts);
    int i = 0;
    for (int a = 1; a <= slots; a++) {
      if (row[a] == null) {
        continue;
      }
      Literal first = starts.get(i++);
      for (int s = a + 1; s <= a + n - 1; s++) {
        if (s > slots || row[s] == null) {
          model.addImplication(first, hasBreak);
          break;
        }
        model.addBoolOr(new Literal[] {first.not(), hasBreak, row[s]});
      }
    }
    if (!CONVEX) {
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
      return;
    }
    // Order view of the span: pre[u] = busy in some slot <= u, suf[u] = busy in some slot >= u.
    // Without a break the busy slots are convex (busy before and after u => busy in u) and the
    // span is n slots (busy <= s and busy >= s + n => break): O(slots) clauses that propagate
    // like an interval variable.
    Literal[] pre = new Literal[slots + 2];
    Literal[] suf = new Literal[slots + 2];
    for (int u = 1; u <= slots; u++) {
      pre[u] = or(p, "pre", u, pre[u - 1], row[u]);
    }
    for (int u = slots; u >= 1; u--) {
      suf[u] = or(p, "suf", u, suf[u + 1], row[u]);
    }
    for (int u = 2; u < slots; u++) {
      if (pre[u - 1] == null || suf[u + 1] == null) {
        continue;
      }
      if (row[u] == null) {
        model.addBoolOr(new Literal[] {pre[u - 1].not(), suf[u + 1].not(), hasBreak});
      } else {
        model.addBoolOr(new Literal[] {pre[u - 1].not(), suf[u + 1].not(), row[u], hasBreak});
      }
    }
    for (int u = 1; u + n <= slots; u++) {
      if (pre[u] != null && suf[u + n] != null) {
        model.addBoolOr(new Literal[] {pre[u].not(), suf[u + n].not(), hasBreak});
      }
    }
  }

  /**
   * Without a break, only the windows and meeting-slot pairs that {@link BreakFreeWindows} keeps are
   * possible: everything else implies a break.
   */
  private void addWindowPruning(int p, int n, Literal hasBreak, List<Literal> starts) {
    BreakFreeWindows w = candidates.windows(p);
    if (w == null || !w.any || !PRUNE) {
      return;
    }
    int slots = problem.slotCount();
    Literal[] row = busy[p - 1];
    boolean[] covered = new boolean[slots + 1];
    for (int a = 1; a + n - 1 <= slots; a++) {
      if (w.windows[a]) {
        for (int s = a; s < a + n; s++) {
          covered[s] = true;
        }
      }
    }
    int k = 0;
    for (int s = 1; s <= slots; s++) {
      if (row[s] == null) {
        continue;
      }
      Literal st = starts.get(k++);
      if (!covered[s]) {
        model.addImplication(row[s], hasBreak);
        continue;
      }
      if (s > slots - n + 1 || !w.windows[s]) {
        model.addImplication(st, hasBreak);
      }
    }
    List<Integer> ms = candidates.meetingsOf.get(p - 1);
    for (int i = 0; i < ms.size(); i++) {
      int m = ms.get(i);
      int[] cand = candidates.slotsOf(m);
      for (int j = 0; j < cand.length; j++) {
        if (covered[cand[j]] && !w.edge[i][cand[j]]) {
          model.addImplication(x[m - 1][j], hasBreak);
        }
      }
    }
  }

  /** Literal a or b (null = false). */
  private Literal or(int p, String name, int u, Literal a, Literal b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    BoolVar v = model.newBoolVar(name + p + "_" + u);
    model.addImplication(a, v);
    model.addImplication(b, v);
    model.addBoolOr(new Literal[] {v.not(), a, b});
    return v;
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
}
