package eu.intercluster.scheduler.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * A participant (business) of the event.
 *
 * @param id 1-based id, equal to its position in {@link Problem#participants()}
 * @param name display name (may be empty)
 * @param forbiddenSlots slots (1-based) in which the participant cannot meet
 * @param keepsTable true when the participant keeps one table (booth) all day: all its meetings
 *     take place at that table and no other meeting uses it
 */
public record Participant(int id, String name, Set<Integer> forbiddenSlots, boolean keepsTable) {

  public Participant {
    if (id < 1) {
      throw new IllegalArgumentException("participant id must be >= 1, got " + id);
    }
    name = name == null ? "" : name;
    forbiddenSlots = Set.copyOf(new TreeSet<>(forbiddenSlots == null ? Set.of() : forbiddenSlots));
  }

  public static Participant of(int id, Integer... forbidden) {
    return new Participant(id, "", Set.of(forbidden), false);
  }

  public boolean canMeetIn(int slot) {
    return !forbiddenSlots.contains(slot);
  }
}
