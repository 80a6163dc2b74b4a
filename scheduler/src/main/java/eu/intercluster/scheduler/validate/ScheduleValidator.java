package eu.intercluster.scheduler.validate;

import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a schedule against a problem, independently of the solver's model, and recomputes the
 * breaks: a break is a maximal idle gap between two consecutive meetings of one participant.
 */
public final class ScheduleValidator {

  /** Fairness {@code d < 0} disables the fairness check. */
  public ValidationReport validate(Problem problem, Collection<Assignment> assignments, int fairness) {
    List<String> v = new ArrayList<>();
    Map<Integer, Assignment> byMeeting = new HashMap<>();
    for (Assignment a : assignments) {
      if (a.meeting() < 1 || a.meeting() > problem.meetings().size()) {
        v.add("assignment names unknown meeting " + a.meeting());
      } else if (byMeeting.put(a.meeting(), a) != null) {
        v.add("meeting " + a.meeting() + " is assigned twice");
      }
    }
    for (Meeting m : problem.meetings()) {
      Assignment a = byMeeting.get(m.id());
      if (a == null) {
        if (!m.optional()) {
          v.add("meeting " + m.id() + " is not scheduled");
        }
      } else {
        checkMeeting(problem, m, a, v);
      }
    }
    checkOverlaps(problem, byMeeting, v);
    checkTables(problem, byMeeting, v);
    for (Precedence p : problem.precedences()) {
      Assignment before = byMeeting.get(p.before());
      Assignment after = byMeeting.get(p.after());
      if (before != null && after != null && before.slot() >= after.slot()) {
        v.add("meeting " + p.before() + " (slot " + before.slot() + ") must precede meeting "
            + p.after() + " (slot " + after.slot() + ")");
      }
    }
    int[] breaks = breaksPerParticipant(problem, byMeeting);
    int total = 0;
    int max = Integer.MIN_VALUE;
    int min = Integer.MAX_VALUE;
    for (int p = 0; p < breaks.length; p++) {
      if (breaks[p] < 0) {
        breaks[p] = 0;
        continue;
      }
      total += breaks[p];
      max = Math.max(max, breaks[p]);
      min = Math.min(min, breaks[p]);
    }
    if (fairness >= 0 && max != Integer.MIN_VALUE && max - min > fairness) {
      v.add("fairness violated: breaks range from " + min + " to " + max + ", more than d = " + fairness);
    }
    return new ValidationReport(v, total, breaks);
  }

  private static void checkMeeting(Problem problem, Meeting m, Assignment a, List<String> v) {
    int s = a.slot();
    if (s < 1 || s > problem.slotCount()) {
      v.add("meeting " + m.id() + " is in slot " + s + " outside 1.." + problem.slotCount());
      return;
    }
    if (!problem.inSession(m, s)) {
      v.add("meeting " + m.id() + " is in slot " + s + " outside its " + problem.sessionLabel(m.session()));
    }
    for (int p : new int[] {m.first(), m.second()}) {
      if (problem.participant(p).forbiddenSlots().contains(s)) {
        v.add("meeting " + m.id() + " is in slot " + s + ", forbidden for participant " + p);
      }
    }
    if (m.isFixed() && m.fixedSlot() != s) {
      v.add("meeting " + m.id() + " is fixed in slot " + m.fixedSlot() + " but scheduled in " + s);
    }
    if (a.table() < 1 || a.table() > problem.tableCount()) {
      v.add("meeting " + m.id() + " is at table " + a.table() + " outside 1.." + problem.tableCount());
    }
  }

  private static void checkOverlaps(Problem problem, Map<Integer, Assignment> byMeeting, List<String> v) {
    Map<Long, Integer> busy = new HashMap<>();
    for (Assignment a : byMeeting.values()) {
      Meeting m = problem.meeting(a.meeting());
      for (int p : new int[] {m.first(), m.second()}) {
        Integer other = busy.put((long) p * 100_000L + a.slot(), m.id());
        if (other != null) {
          v.add("participant " + p + " has meetings " + other + " and " + m.id() + " in slot " + a.slot());
        }
      }
    }
  }

  private static void checkTables(Problem problem, Map<Integer, Assignment> byMeeting, List<String> v) {
    Map<Long, Integer> used = new HashMap<>();
    Map<Integer, Integer> keeperTable = new HashMap<>();
    for (Assignment a : byMeeting.values()) {
      Integer other = used.put((long) a.table() * 100_000L + a.slot(), a.meeting());
      if (other != null) {
        v.add("meetings " + other + " and " + a.meeting() + " share table " + a.table() + " in slot " + a.slot());
      }
      Meeting m = problem.meeting(a.meeting());
      for (int p : new int[] {m.first(), m.second()}) {
        if (problem.participant(p).keepsTable()) {
          Integer t = keeperTable.putIfAbsent(p, a.table());
          if (t != null && t != a.table()) {
            v.add("participant " + p + " keeps one table but meets at tables " + t + " and " + a.table());
          }
        }
      }
    }
    Map<Integer, Integer> keeperOfTable = new HashMap<>();
    keeperTable.forEach((keeper, table) -> {
      Integer other = keeperOfTable.put(table, keeper);
      if (other != null) {
        v.add("participants " + other + " and " + keeper + " both keep table " + table);
      }
    });
    for (Assignment a : byMeeting.values()) {
      Integer keeper = keeperOfTable.get(a.table());
      if (keeper != null && !problem.meeting(a.meeting()).involves(keeper)) {
        v.add("meeting " + a.meeting() + " uses table " + a.table() + ", kept by participant " + keeper);
      }
    }
  }

  /** Breaks per participant (index p-1); -1 for a participant without scheduled meetings. */
  static int[] breaksPerParticipant(Problem problem, Map<Integer, Assignment> byMeeting) {
    int n = problem.participants().size();
    boolean[][] busy = new boolean[n][problem.slotCount() + 2];
    for (Assignment a : byMeeting.values()) {
      if (a.slot() < 1 || a.slot() > problem.slotCount()) {
        continue;
      }
      Meeting m = problem.meeting(a.meeting());
      busy[m.first() - 1][a.slot()] = true;
      busy[m.second() - 1][a.slot()] = true;
    }
    int[] breaks = new int[n];
    for (Participant p : problem.participants()) {
      int last = -1;
      int gaps = 0;
      for (int s = 1; s <= problem.slotCount(); s++) {
        if (busy[p.id() - 1][s]) {
          if (last >= 0 && s > last + 1) {
            gaps++;
          }
          last = s;
        }
      }
      breaks[p.id() - 1] = last < 0 ? -1 : gaps;
    }
    return breaks;
  }
}
