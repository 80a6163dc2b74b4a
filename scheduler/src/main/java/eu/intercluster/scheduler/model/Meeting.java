package eu.intercluster.scheduler.model;

/**
 * A requested one-to-one meeting.
 *
 * @param id 1-based id, equal to its position in {@link Problem#meetings()}
 * @param first participant id
 * @param second the other participant id
 * @param session the session the meeting must be held in
 * @param fixedSlot slot the meeting must take, 0 when free
 * @param optional true when the meeting may be left out if the event lacks capacity
 * @param priority weight of an optional meeting (>= 1); the scheduler maximises the summed
 *     priority of scheduled optional meetings before it minimises breaks
 */
public record Meeting(
    int id, int first, int second, Session session, int fixedSlot, boolean optional, int priority) {

  public Meeting {
    if (id < 1) {
      throw new IllegalArgumentException("meeting id must be >= 1, got " + id);
    }
    if (first == second) {
      throw new IllegalArgumentException("meeting " + id + " has participant " + first + " twice");
    }
    if (session == null) {
      session = Session.ANY;
    }
    if (fixedSlot < 0) {
      throw new IllegalArgumentException("meeting " + id + " has negative fixed slot " + fixedSlot);
    }
    if (priority < 1) {
      priority = 1;
    }
  }

  /** A mandatory meeting without fixed slot. */
  public static Meeting of(int id, int first, int second, Session session) {
    return new Meeting(id, first, second, session, 0, false, 1);
  }

  public boolean involves(int participant) {
    return first == participant || second == participant;
  }

  public boolean isFixed() {
    return fixedSlot > 0;
  }

  public Meeting withFixedSlot(int slot) {
    return new Meeting(id, first, second, session, slot, optional, priority);
  }

  public Meeting asOptional(int newPriority) {
    return new Meeting(id, first, second, session, fixedSlot, true, newPriority);
  }
}
