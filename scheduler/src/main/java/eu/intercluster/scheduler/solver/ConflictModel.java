package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Feasibility model of the hard constraints in which each constraint group can be switched off by
 * its own literal: each fixed meeting, each meeting's session, each block of consecutive forbidden
 * slots of a participant, each precedence, the table limit of each slot, and that each mandatory
 * meeting without a fixed slot is held (a fixed one is held by its fixed slot). Always on: a meeting
 * takes at most one slot, nobody is in two meetings at once. Optional meetings are left out (they
 * can always be dropped). Breaks and fairness are not modelled. Because meetings outside a
 * conflicting set need not be held, checking a candidate set only has to place its own meetings.
 */
final class ConflictModel {

  static {
    CpSatSearch.loadNatives();
  }

  /** Kinds of constraint group; a and b of a {@link Group} name what it is about. */
  enum Kind {
    /** meeting a takes place. */
    HELD,
    /** meeting a is fixed in slot b. */
    FIXED,
    /** meeting a keeps to its session. */
    SESSION,
    /** participant p may not meet in slots a..b (p is in the text). */
    FORBIDDEN,
    /** meeting a before meeting b. */
    PRECEDENCE,
    /** the table limit of slot a. */
    TABLES
  }

  /** One switchable constraint group and its plain-words statement. */
  record Group(Literal on, Kind kind, int owner, int a, int b, String text) {}

  final CpModel model = new CpModel();
  final List<Group> groups = new ArrayList<>();
  private final Problem problem;
  private final Candidates c;
  private final BoolVar[][] x;
  private final Literal[] placed;

  ConflictModel(Candidates c) {
    this.c = c;
    this.problem = c.problem;
    int slots = problem.slotCount();
    x = new BoolVar[problem.meetings().size()][];
    placed = new Literal[x.length];
    for (Meeting m : problem.meetings()) {
      if (m.optional()) {
        continue;
      }
      BoolVar[] row = new BoolVar[slots + 1];
      for (int s = 1; s <= slots; s++) {
        row[s] = model.newBoolVar("x" + m.id() + "_" + s);
      }
      x[m.id() - 1] = row;
      BoolVar isPlaced = model.newBoolVar("placed" + m.id());
      model.addEquality(LinearExpr.sum(java.util.Arrays.copyOfRange(row, 1, slots + 1)), isPlaced);
      placed[m.id() - 1] = isPlaced;
      if (!m.isFixed()) {
        Literal held = group(Kind.HELD, 0, m.id(), 0, "meeting " + m.id() + " (participants " + m.first() + " and "
            + m.second() + ") takes place");
        model.addImplication(held, isPlaced);
      }
    }
    addOneMeetingAtATime();
    addFixedAndSessions();
    addForbiddenBlocks();
    addPrecedences();
    addTables();
  }

  private void addOneMeetingAtATime() {
    for (int p = 1; p <= problem.participants().size(); p++) {
      for (int s = 1; s <= problem.slotCount(); s++) {
        List<Literal> at = new ArrayList<>();
        for (int m : c.meetingsOf.get(p - 1)) {
          if (x[m - 1] != null) {
            at.add(x[m - 1][s]);
          }
        }
        if (at.size() > 1) {
          model.addAtMostOne(at);
        }
      }
    }
  }

  private void addFixedAndSessions() {
    for (Meeting m : problem.meetings()) {
      BoolVar[] row = x[m.id() - 1];
      if (row == null) {
        continue;
      }
      String who = "meeting " + m.id() + " (participants " + m.first() + " and " + m.second() + ")";
      if (m.isFixed()) {
        Literal on = group(Kind.FIXED, 0, m.id(), m.fixedSlot(), who + " is fixed in slot " + m.fixedSlot());
        model.addImplication(on, row[m.fixedSlot()]);
      }
      if (m.session() != Session.ANY) {
        Literal on = group(Kind.SESSION, 0, m.id(), 0, who + " must be in the " + problem.sessionLabel(m.session()));
        for (int s = 1; s <= problem.slotCount(); s++) {
          if (!problem.inSession(m, s)) {
            model.addImplication(on, row[s].not());
          }
        }
      }
    }
  }

  private void addForbiddenBlocks() {
    for (int p = 1; p <= problem.participants().size(); p++) {
      boolean[] forbidden = new boolean[problem.slotCount() + 2];
      for (int s : problem.participant(p).forbiddenSlots()) {
        forbidden[s] = true;
      }
      for (int s = 1; s <= problem.slotCount(); s++) {
        if (!forbidden[s] || forbidden[s - 1]) {
          continue;
        }
        int e = s;
        while (forbidden[e + 1]) {
          e++;
        }
        Literal on = group(Kind.FORBIDDEN, p, s, e,
            "participant " + p + " may not meet in slot" + (s == e ? " " + s : "s " + s + "-" + e));
        for (int m : c.meetingsOf.get(p - 1)) {
          for (int t = s; t <= e && x[m - 1] != null; t++) {
            model.addImplication(on, x[m - 1][t].not());
          }
        }
      }
    }
  }

  private void addPrecedences() {
    for (Precedence pr : problem.precedences()) {
      if (x[pr.before() - 1] == null || x[pr.after() - 1] == null) {
        continue;
      }
      Literal on = group(Kind.PRECEDENCE, 0, pr.before(), pr.after(),
          "meeting " + pr.before() + " must come before meeting " + pr.after());
      LinearExprBuilder e = LinearExpr.newBuilder();
      for (int s = 1; s <= problem.slotCount(); s++) {
        e.addTerm(x[pr.after() - 1][s], s);
        e.addTerm(x[pr.before() - 1][s], -s);
      }
      // only between meetings that take place (a meeting outside the conflicting set need not)
      model.addGreaterOrEqual(e.build(), 1).onlyEnforceIf(new Literal[] {on, placed[pr.before() - 1],
          placed[pr.after() - 1]});
    }
  }

  private void addTables() {
    int shared = c.sharedTables();
    for (int s = 1; s <= problem.slotCount(); s++) {
      List<Literal> at = new ArrayList<>();
      for (Meeting m : problem.meetings()) {
        if (x[m.id() - 1] != null && c.usesSharedTable(m)) {
          at.add(x[m.id() - 1][s]);
        }
      }
      if (at.size() > shared) {
        Literal on = group(Kind.TABLES, 0, s, 0, "slot " + s + " has only " + shared + " table" + (shared == 1 ? "" : "s")
            + (c.keepers > 0 ? " besides those kept by participants" : ""));
        model.addLessOrEqual(LinearExpr.sum(at.toArray(new Literal[0])), shared).onlyEnforceIf(on);
      }
    }
  }

  private Literal group(Kind kind, int owner, int a, int b, String text) {
    BoolVar on = model.newBoolVar("g" + groups.size());
    groups.add(new Group(on, kind, owner, a, b, text));
    return on;
  }

  /** Slot of each meeting in the solver's solution (0 for optional meetings). */
  int[] slots(com.google.ortools.sat.CpSolver solver) {
    int[] out = new int[x.length];
    for (int m = 0; m < x.length; m++) {
      for (int s = 1; x[m] != null && s < x[m].length; s++) {
        if (solver.booleanValue(x[m][s])) {
          out[m] = s;
        }
      }
    }
    return out;
  }
}
