package eu.intercluster.scheduler;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Fluent builder of small problems for tests. */
public final class TinyProblem {

  private final int slots;
  private int morning;
  private int tables;
  private final List<Set<Integer>> forbidden = new ArrayList<>();
  private final Set<Integer> keepers = new HashSet<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Precedence> precedences = new ArrayList<>();

  private TinyProblem(int participants, int slots, int tables) {
    this.slots = slots;
    this.morning = slots;
    this.tables = tables;
    for (int p = 0; p < participants; p++) {
      forbidden.add(new HashSet<>());
    }
  }

  public static TinyProblem of(int participants, int slots, int tables) {
    return new TinyProblem(participants, slots, tables);
  }

  public TinyProblem morningSlots(int m) {
    morning = m;
    return this;
  }

  public TinyProblem meeting(int a, int b) {
    return meeting(a, b, Session.ANY);
  }

  public TinyProblem meeting(int a, int b, Session s) {
    meetings.add(new Meeting(meetings.size() + 1, a, b, s, 0, false, 1));
    return this;
  }

  public TinyProblem fixed(int a, int b, int slot) {
    meetings.add(new Meeting(meetings.size() + 1, a, b, Session.ANY, slot, false, 1));
    return this;
  }

  public TinyProblem optional(int a, int b, int priority) {
    meetings.add(new Meeting(meetings.size() + 1, a, b, Session.ANY, 0, true, priority));
    return this;
  }

  public TinyProblem forbid(int participant, Integer... slotsForbidden) {
    forbidden.get(participant - 1).addAll(List.of(slotsForbidden));
    return this;
  }

  public TinyProblem keepsTable(int participant) {
    keepers.add(participant);
    return this;
  }

  public TinyProblem precedence(int before, int after) {
    precedences.add(new Precedence(before, after));
    return this;
  }

  public Problem build() {
    List<Participant> ps = new ArrayList<>();
    for (int p = 1; p <= forbidden.size(); p++) {
      ps.add(new Participant(p, "p" + p, forbidden.get(p - 1), keepers.contains(p)));
    }
    return new Problem("tiny", slots, morning, tables, ps, meetings, precedences);
  }
}
