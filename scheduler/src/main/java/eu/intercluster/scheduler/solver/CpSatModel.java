package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * CP-SAT model of the B2B problem: x[m][k] is true when meeting m takes its k-th candidate slot;
 * busy[p][s] when participant p meets in slot s ({@link ParticipantBreaks} counts the breaks);
 * table capacity per slot, precedences and the fairness bound.
 */
final class CpSatModel {

  static {
    CpSatSearch.loadNatives();
  }

  final CpModel model = new CpModel();
  final Candidates candidates;
  final Problem problem;
  final BoolVar[][] x;
  final Literal[] scheduled;
  final IntVar[] breaks;
  final LinearExpr totalBreaks;
  private final List<Literal> breakLiterals = new ArrayList<>();
  private int fairnessCap = -1;
  private final Literal[][] busy;
  private final Literal[] hasAny;
  final Literal[][] starts;

  CpSatModel(Candidates candidates, int fairness) {
    this.candidates = candidates;
    this.problem = candidates.problem;
    int nm = problem.meetings().size();
    int np = problem.participants().size();
    int slots = problem.slotCount();
    x = new BoolVar[nm][];
    scheduled = new Literal[nm];
    for (Meeting m : problem.meetings()) {
      int[] cand = candidates.slotsOf(m.id());
      BoolVar[] vars = new BoolVar[cand.length];
      for (int k = 0; k < cand.length; k++) {
        vars[k] = model.newBoolVar("x" + m.id() + "_" + cand[k]);
      }
      x[m.id() - 1] = vars;
      if (m.optional()) {
        BoolVar s = model.newBoolVar("sched" + m.id());
        model.addEquality(LinearExpr.sum(vars), s);
        scheduled[m.id() - 1] = s;
      } else {
        model.addExactlyOne(vars);
      }
    }
    busy = new Literal[np][slots + 1];
    hasAny = new Literal[np];
    breaks = new IntVar[np];
    starts = new Literal[np][];
    ParticipantBreaks encoding = new ParticipantBreaks(this, busy, hasAny, breakLiterals, starts);
    for (int p = 1; p <= np; p++) {
      encoding.encode(p);
    }
    LinearExprBuilder total = LinearExpr.newBuilder();
    for (IntVar b : breaks) {
      if (b != null) {
        total.add(b);
      }
    }
    totalBreaks = total.build();
    addTableCapacity();
    if (System.getenv("INTERCLUSTER_NO_BUSYCAP") == null) {
      addBusyCapacity();
    }
    addPrecedences();
    if (fairness >= 0) {
      addFairness(fairness);
    }
  }

  private void addTableCapacity() {
    int shared = candidates.sharedTables();
    for (int s = 1; s <= problem.slotCount(); s++) {
      List<Literal> at = new ArrayList<>();
      for (Meeting m : problem.meetings()) {
        if (candidates.usesSharedTable(m)) {
          int k = indexOf(candidates.slotsOf(m.id()), s);
          if (k >= 0) {
            at.add(x[m.id() - 1][k]);
          }
        }
      }
      if (at.size() > shared) {
        model.addLessOrEqual(LinearExpr.sum(at.toArray(new Literal[0])), shared);
      }
    }
  }

  /**
   * Redundant: every meeting in slot s makes two participants busy, so at most 2 x tables
   * participants are busy in s (only without table keepers, whose meetings use their own table).
   */
  private void addBusyCapacity() {
    if (candidates.keepers > 0) {
      return;
    }
    int cap = 2 * problem.tableCount();
    for (int s = 1; s <= problem.slotCount(); s++) {
      List<Literal> at = new ArrayList<>();
      for (Literal[] row : busy) {
        if (row[s] != null) {
          at.add(row[s]);
        }
      }
      if (at.size() > cap) {
        model.addLessOrEqual(LinearExpr.sum(at.toArray(new Literal[0])), cap);
      }
    }
  }

  private void addPrecedences() {
    for (Precedence pr : problem.precedences()) {
      LinearExprBuilder e = LinearExpr.newBuilder();
      e.add(slotExpr(pr.after()));
      e.addTerm(slotExpr(pr.before()), -1);
      List<Literal> enforce = new ArrayList<>();
      if (scheduled[pr.before() - 1] != null) {
        enforce.add(scheduled[pr.before() - 1]);
      }
      if (scheduled[pr.after() - 1] != null) {
        enforce.add(scheduled[pr.after() - 1]);
      }
      model.addGreaterOrEqual(e.build(), 1).onlyEnforceIf(enforce.toArray(new Literal[0]));
    }
  }

  LinearExpr slotExpr(int meeting) {
    int[] cand = candidates.slotsOf(meeting);
    return LinearExpr.weightedSum(x[meeting - 1], java.util.Arrays.stream(cand).asLongStream().toArray());
  }

  private void addFairness(int d) {
    for (int p = 0; p < breaks.length; p++) {
      if (breaks[p] != null && breaks[p].getDomain().max() == 0 && candidates.mandatoryCount(p + 1) > 0) {
        fairnessCap = d;
      }
    }
    IntVar max = model.newIntVar(0, problem.slotCount(), "maxBreaks");
    IntVar min = model.newIntVar(0, problem.slotCount(), "minBreaks");
    for (int p = 0; p < breaks.length; p++) {
      if (breaks[p] == null) {
        continue;
      }
      model.addGreaterOrEqual(max, breaks[p]);
      model.addLessOrEqual(min, breaks[p]).onlyEnforceIf(hasAny[p]);
    }
    model.addLessOrEqual(LinearExpr.newBuilder().add(max).addTerm(min, -1).build(), d);
  }

  /** Upper bound on the total breaks: each participant's own bound, capped by d when fairness binds. */
  long maxTotalBreaks() {
    long total = 0;
    for (IntVar b : breaks) {
      if (b != null) {
        long ub = b.getDomain().max();
        total += fairnessCap >= 0 ? Math.min(ub, fairnessCap) : ub;
      }
    }
    return total;
  }

  /** Literal "meeting m in slot s", or null when s is not a candidate. */
  Literal at(int meeting, int slot) {
    int k = indexOf(candidates.slotsOf(meeting), slot);
    return k < 0 ? null : x[meeting - 1][k];
  }

  void hint(int[] slotOfMeeting) {
    model.clearHints();
    for (int m = 0; m < x.length; m++) {
      int[] cand = candidates.slots[m];
      for (int k = 0; k < cand.length; k++) {
        model.addHint(x[m][k], cand[k] == slotOfMeeting[m]);
      }
    }
  }

  static int indexOf(int[] sorted, int v) {
    int k = java.util.Arrays.binarySearch(sorted, v);
    return k >= 0 ? k : -1;
  }

  /** The slot of every meeting in the solver's current solution (0 for a meeting left out). */
  int[] slotsIn(com.google.ortools.sat.CpSolver solver) {
    int[] slots = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      int[] cand = candidates.slots[i];
      for (int k = 0; k < cand.length; k++) {
        if (solver.booleanValue(x[i][k])) {
          slots[i] = cand[k];
        }
      }
    }
    return slots;
  }
}
