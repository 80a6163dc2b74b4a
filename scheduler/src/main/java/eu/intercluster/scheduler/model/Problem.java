package eu.intercluster.scheduler.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A B2B meeting scheduling problem: participants, meetings, {@code slotCount} consecutive slots of
 * which {@code 1..morningSlots} form the morning session and the rest the afternoon, and {@code
 * tableCount} tables. Immutable; ids are 1-based and equal to list positions.
 */
public record Problem(
    String name,
    int slotCount,
    int morningSlots,
    int tableCount,
    List<Participant> participants,
    List<Meeting> meetings,
    List<Precedence> precedences) {

  public Problem {
    name = name == null ? "" : name;
    participants = List.copyOf(participants);
    meetings = List.copyOf(meetings);
    precedences = List.copyOf(precedences == null ? List.of() : precedences);
    List<String> errors = new ArrayList<>();
    if (slotCount < 1) {
      errors.add("slots must be >= 1, got " + slotCount);
    }
    if (morningSlots < 0 || morningSlots > slotCount) {
      errors.add("morning slots must be between 0 and " + slotCount + ", got " + morningSlots);
    }
    if (tableCount < 1) {
      errors.add("tables must be >= 1, got " + tableCount);
    }
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      if (p.id() != i + 1) {
        errors.add("participant at position " + (i + 1) + " has id " + p.id());
      }
      for (int s : p.forbiddenSlots()) {
        if (s < 1 || s > slotCount) {
          errors.add("participant " + p.id() + " has forbidden slot " + s + " outside 1.." + slotCount);
        }
      }
    }
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      if (m.id() != i + 1) {
        errors.add("meeting at position " + (i + 1) + " has id " + m.id());
      }
      for (int p : new int[] {m.first(), m.second()}) {
        if (p < 1 || p > participants.size()) {
          errors.add("meeting " + m.id() + " names unknown participant " + p);
        }
      }
      if (m.fixedSlot() > slotCount) {
        errors.add("meeting " + m.id() + " is fixed in slot " + m.fixedSlot() + " > " + slotCount);
      }
    }
    for (Precedence pr : precedences) {
      for (int m : new int[] {pr.before(), pr.after()}) {
        if (m < 1 || m > meetings.size()) {
          errors.add("precedence " + pr.before() + " < " + pr.after() + " names unknown meeting " + m);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid problem" + (name.isEmpty() ? "" : " '" + name + "'") + ": "
              + String.join("; ", errors.subList(0, Math.min(5, errors.size())))
              + (errors.size() > 5 ? " (and " + (errors.size() - 5) + " more)" : ""));
    }
  }

  public Participant participant(int id) {
    return participants.get(id - 1);
  }

  public Meeting meeting(int id) {
    return meetings.get(id - 1);
  }

  public boolean isMorning(int slot) {
    return slot <= morningSlots;
  }

  /** True when the slot belongs to the meeting's session (ignores forbidden slots). */
  public boolean inSession(Meeting m, int slot) {
    return switch (m.session()) {
      case MORNING -> slot >= 1 && slot <= morningSlots;
      case AFTERNOON -> slot > morningSlots && slot <= slotCount;
      case ANY -> slot >= 1 && slot <= slotCount;
    };
  }

  public String sessionLabel(Session s) {
    return switch (s) {
      case MORNING -> "morning session (slots 1-" + morningSlots + ")";
      case AFTERNOON -> "afternoon session (slots " + (morningSlots + 1) + "-" + slotCount + ")";
      case ANY -> "day (slots 1-" + slotCount + ")";
    };
  }

  public Problem withMeetings(List<Meeting> newMeetings) {
    return new Problem(name, slotCount, morningSlots, tableCount, participants, newMeetings, precedences);
  }

  public Problem withName(String newName) {
    return new Problem(newName, slotCount, morningSlots, tableCount, participants, meetings, precedences);
  }
}
