package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Per participant: more meetings than usable slots (all, morning-only, afternoon-only), fixed clashes. */
final class ParticipantCapacityCheck {

  private final Candidates c;
  private final Problem problem;

  ParticipantCapacityCheck(Candidates c) {
    this.c = c;
    this.problem = c.problem;
  }

  void check(List<String> reasons) {
    for (int p = 1; p <= problem.participants().size(); p++) {
      List<Meeting> all = new ArrayList<>();
      for (int id : c.meetingsOf.get(p - 1)) {
        Meeting m = problem.meeting(id);
        if (!m.optional() && c.slotsOf(id).length > 0) {
          all.add(m);
        }
      }
      if (fixedClash(p, all, reasons) || !fits(p, all, "meetings", reasons)) {
        continue;
      }
      if (!fits(p, all.stream().filter(m -> m.session() == Session.MORNING).toList(), "morning meetings", reasons)) {
        continue;
      }
      if (!fits(p, all.stream().filter(m -> m.session() == Session.AFTERNOON).toList(), "afternoon meetings", reasons)) {
        continue;
      }
    }
  }

  private boolean fits(int p, List<Meeting> meetings, String what, List<String> reasons) {
    TreeSet<Integer> usable = new TreeSet<>();
    for (Meeting m : meetings) {
      for (int s : c.slotsOf(m.id())) {
        usable.add(s);
      }
    }
    if (meetings.size() > usable.size()) {
      reasons.add("participant " + p + " has " + meetings.size() + " " + what + " "
          + meetings.stream().map(Meeting::id).toList() + " but only " + usable.size()
          + " allowed slots " + InfeasibilityExplainer.slotsText(usable));
      return false;
    }
    return true;
  }

  private boolean fixedClash(int p, List<Meeting> meetings, List<String> reasons) {
    boolean clash = false;
    Map<Integer, Integer> bySlot = new HashMap<>();
    for (Meeting m : meetings) {
      if (m.isFixed()) {
        Integer other = bySlot.put(m.fixedSlot(), m.id());
        if (other != null) {
          reasons.add("meetings " + other + " and " + m.id() + " of participant " + p
              + " are both fixed in slot " + m.fixedSlot());
          clash = true;
        }
      }
    }
    return clash;
  }
}
