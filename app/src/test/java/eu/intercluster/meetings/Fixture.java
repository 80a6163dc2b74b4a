package eu.intercluster.meetings;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Users with accounts, events and participants for the meetings tests (unique names per call). */

class Fixture {

  static final String PASSWORD = "correct-horse-battery";

  final InMemoryEvents events;
  private final UserAccounts accounts;

  Fixture(InMemoryEvents events, UserAccounts accounts) {
    this.events = events;
    this.accounts = accounts;
  }

  String user(String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, "Test " + prefix, PASSWORD, Role.VIEWER);
    return name;
  }

  EventView selfScheduled(int tables, int... slotsPerSession) {
    return events.event(user("owner"), SchedulingMode.SELF_SCHEDULING, tables, 0, Duration.ofDays(2), slotsPerSession);
  }

  EventView organiserScheduled(int tables, int... slotsPerSession) {
    return events.event(user("owner"), SchedulingMode.ORGANISER, tables, 0, Duration.ofDays(2), slotsPerSession);
  }

  ParticipantView participant(EventView event, String prefix) {
    return events.participant(event, user(prefix));
  }

  ParticipantView participant(EventView event, String prefix, ParticipantStatus status, Set<Long> sessions) {
    return events.participant(event, user(prefix), status, sessions);
  }
}
