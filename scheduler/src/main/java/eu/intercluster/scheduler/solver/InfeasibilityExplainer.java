package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fast checks that prove infeasibility with a reason a person can act on: a meeting without any
 * possible slot, a participant with more meetings than usable slots, clashing fixed meetings, too
 * few tables, impossible precedences. Returns the smallest conflicting sets it finds.
 */
final class InfeasibilityExplainer {

  private final Candidates c;
  private final Problem problem;

  private final int fairness;

  /** Without the fairness check (d unknown). */
  InfeasibilityExplainer(Candidates c) {
    this(c, -1);
  }

  /** With fairness d >= 0 also proves, when it can, that d cannot hold ({@link FairnessCheck}). */
  InfeasibilityExplainer(Candidates c, int fairness) {
    this.c = c;
    this.problem = c.problem;
    this.fairness = fairness;
  }

  List<String> explain() {
    List<String> reasons = new ArrayList<>();
    for (Meeting m : problem.meetings()) {
      if (!m.optional() && c.slotsOf(m.id()).length == 0) {
        reasons.add(noSlot(m));
      }
      if (problem.participant(m.first()).keepsTable() && problem.participant(m.second()).keepsTable()) {
        reasons.add("meeting " + m.id() + " is between participants " + m.first() + " and " + m.second()
            + ", who both keep their own table, so it has no table");
      }
    }
    if (c.sharedTables() < 0) {
      reasons.add(c.keepers + " participants keep a table of their own but there are only "
          + problem.tableCount() + " tables");
    }
    new ParticipantCapacityCheck(c).check(reasons);
    checkFixedTables(reasons);
    new PrecedenceCheck(c).check(reasons);
    if (reasons.isEmpty()) {
      new CrowdedByFixedMeetingsCheck(c).check(reasons);
    }
    if (reasons.isEmpty()) {
      new FairnessCheck(c, fairness).check().ifPresent(reasons::add);
    }
    return reasons;
  }

  private String noSlot(Meeting m) {
    String who = "meeting " + m.id() + " (participants " + m.first() + " and " + m.second() + ")";
    if (m.isFixed()) {
      int s = m.fixedSlot();
      if (!problem.inSession(m, s)) {
        return who + " is fixed in slot " + s + ", outside its " + problem.sessionLabel(m.session());
      }
      for (int p : new int[] {m.first(), m.second()}) {
        if (!problem.participant(p).canMeetIn(s)) {
          return who + " is fixed in slot " + s + ", which participant " + p + " cannot attend";
        }
      }
    }
    return who + " has no possible slot: every slot of its " + problem.sessionLabel(m.session())
        + " is forbidden for participant " + m.first() + " or " + m.second();
  }

  private void checkFixedTables(List<String> reasons) {
    Map<Integer, List<Integer>> fixedShared = new HashMap<>();
    for (Meeting m : problem.meetings()) {
      if (m.isFixed() && !m.optional() && c.usesSharedTable(m)) {
        fixedShared.computeIfAbsent(m.fixedSlot(), k -> new ArrayList<>()).add(m.id());
      }
    }
    for (Map.Entry<Integer, List<Integer>> e : new java.util.TreeMap<>(fixedShared).entrySet()) {
      if (e.getValue().size() > c.sharedTables()) {
        reasons.add(e.getValue().size() + " meetings " + e.getValue() + " are fixed in slot " + e.getKey()
            + " but only " + c.sharedTables() + " tables are available");
      }
    }
    int mandatory = 0;
    int morningOnly = 0;
    int afternoonOnly = 0;
    for (Meeting m : problem.meetings()) {
      if (!m.optional() && c.usesSharedTable(m)) {
        mandatory++;
        morningOnly += m.session() == Session.MORNING ? 1 : 0;
        afternoonOnly += m.session() == Session.AFTERNOON ? 1 : 0;
      }
    }
    int perSlot = Math.max(0, c.sharedTables());
    check(reasons, mandatory, perSlot * problem.slotCount(), "meetings", "the day");
    check(reasons, morningOnly, perSlot * problem.morningSlots(), "morning meetings", "the morning");
    check(reasons, afternoonOnly, perSlot * (problem.slotCount() - problem.morningSlots()),
        "afternoon meetings", "the afternoon");
  }

  private static void check(List<String> reasons, int need, int have, String what, String when) {
    if (need > have) {
      reasons.add("the event has " + need + " " + what + " but only " + have
          + " table-slots in " + when);
    }
  }

  static String slotsText(TreeSet<Integer> slots) {
    return slots.isEmpty() ? "none" : slots.toString();
  }
}
