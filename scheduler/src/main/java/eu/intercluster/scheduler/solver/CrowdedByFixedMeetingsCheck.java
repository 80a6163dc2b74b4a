package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A participant's free (not fixed) meetings cannot take a slot in which it or the partner is in a
 * fixed meeting. Per participant, a bipartite matching of its free meetings to the slots left; when
 * some meeting stays unmatched, the meetings reachable from it by alternating paths need more slots
 * than they can use together (Hall), which is reported with the fixed meetings that take the slots.
 */
final class CrowdedByFixedMeetingsCheck {

  private final Candidates c;
  private final Problem problem;
  /** fixedAt.get(p - 1): slot -> the fixed mandatory meeting of p there. */
  private final List<TreeMap<Integer, Integer>> fixedAt = new ArrayList<>();
  /** Meetings already named in a reason (a meeting without slot is found from both participants). */
  private final java.util.Set<Integer> reported = new java.util.HashSet<>();

  CrowdedByFixedMeetingsCheck(Candidates c) {
    this.c = c;
    this.problem = c.problem;
    for (int p = 1; p <= problem.participants().size(); p++) {
      TreeMap<Integer, Integer> at = new TreeMap<>();
      for (int m : c.meetingsOf.get(p - 1)) {
        Meeting meeting = problem.meeting(m);
        if (meeting.isFixed() && !meeting.optional()) {
          at.put(meeting.fixedSlot(), m);
        }
      }
      fixedAt.add(at);
    }
  }

  void check(List<String> reasons) {
    for (int p = 1; p <= problem.participants().size(); p++) {
      List<Integer> free = new ArrayList<>();
      for (int m : c.meetingsOf.get(p - 1)) {
        Meeting meeting = problem.meeting(m);
        if (!meeting.isFixed() && !meeting.optional()) {
          free.add(m);
        }
      }
      if (!free.isEmpty()) {
        check(p, free, reasons);
      }
    }
  }

  private int other(Meeting m, int p) {
    return m.first() == p ? m.second() : m.first();
  }

  private boolean usable(int p, int meeting, int slot) {
    return !fixedAt.get(p - 1).containsKey(slot)
        && !fixedAt.get(other(problem.meeting(meeting), p) - 1).containsKey(slot);
  }

  private void check(int p, List<Integer> free, List<String> reasons) {
    int n = free.size();
    int[] meetingOfSlot = new int[problem.slotCount() + 1];
    java.util.Arrays.fill(meetingOfSlot, -1);
    for (int i = 0; i < n; i++) {
      boolean[] seen = new boolean[problem.slotCount() + 1];
      if (!augment(p, free, i, meetingOfSlot, seen)) {
        // seen slots and the meetings matched to them, with i, form the Hall set
        TreeSet<Integer> slots = new TreeSet<>();
        TreeSet<Integer> meetings = new TreeSet<>();
        meetings.add(free.get(i));
        for (int s = 1; s <= problem.slotCount(); s++) {
          if (seen[s]) {
            slots.add(s);
            meetings.add(free.get(meetingOfSlot[s]));
          }
        }
        if (!reported.containsAll(meetings)) {
          reported.addAll(meetings);
          reasons.add(explain(p, meetings, slots));
        }
        return;
      }
    }
  }

  private boolean augment(int p, List<Integer> free, int i, int[] meetingOfSlot, boolean[] seen) {
    for (int s : c.slotsOf(free.get(i))) {
      if (!seen[s] && usable(p, free.get(i), s)) {
        seen[s] = true;
        if (meetingOfSlot[s] < 0 || augment(p, free, meetingOfSlot[s], meetingOfSlot, seen)) {
          meetingOfSlot[s] = i;
          return true;
        }
      }
    }
    return false;
  }

  private String explain(int p, TreeSet<Integer> meetings, TreeSet<Integer> slots) {
    TreeSet<Integer> candidateSlots = new TreeSet<>();
    for (int m : meetings) {
      for (int s : c.slotsOf(m)) {
        candidateSlots.add(s);
      }
    }
    List<String> blockers = new ArrayList<>();
    TreeMap<Integer, Integer> own = new TreeMap<>(fixedAt.get(p - 1));
    own.keySet().retainAll(candidateSlots);
    if (!own.isEmpty()) {
      blockers.add("participant " + p + " is in fixed meetings " + fixedText(own));
    }
    TreeSet<Integer> partners = new TreeSet<>();
    for (int m : meetings) {
      partners.add(other(problem.meeting(m), p));
    }
    for (int q : partners) {
      TreeMap<Integer, Integer> theirs = new TreeMap<>(fixedAt.get(q - 1));
      theirs.keySet().retainAll(candidateSlots);
      theirs.keySet().removeAll(own.keySet());
      if (!theirs.isEmpty()) {
        blockers.add("participant " + q + " in fixed meetings " + fixedText(theirs));
      }
    }
    String what = meetings.stream().map(m -> m + " (with participant " + other(problem.meeting(m), p) + ")")
        .collect(Collectors.joining(", "));
    return "participant " + p + "'s meeting" + (meetings.size() == 1 ? " " : "s ") + what
        + (meetings.size() == 1 ? " has no slot left" : " have only " + slots.size() + " slot"
        + (slots.size() == 1 ? "" : "s") + " left " + InfeasibilityExplainer.slotsText(slots))
        + " among the slots their sessions and forbidden slots allow " + InfeasibilityExplainer.slotsText(candidateSlots)
        + ": " + String.join("; ", blockers);
  }

  private static String fixedText(TreeMap<Integer, Integer> meetingOfSlot) {
    return meetingOfSlot.entrySet().stream().map(e -> e.getValue() + " (slot " + e.getKey() + ")")
        .collect(Collectors.joining(", "));
  }
}
