package eu.intercluster.meetings;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.EventInput;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.Registrations;
import eu.intercluster.events.RegistrationInput;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SessionInput;
import eu.intercluster.events.SessionView;
import eu.intercluster.events.SlotView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Events, sessions, users and participants for the meetings tests, created through the events
 * module's own services (EventSetup, Registrations), so meetings run against the real
 * EventDirectory and the foreign keys of their tables. Names are unique per call.
 */
class Fixture {

  static final String PASSWORD = "correct-horse-battery";
  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final LocalDate DAY = LocalDate.now(ROME).plusDays(60);

  private final UserAccounts accounts;
  private final EventSetup setup;
  private final Registrations registrations;
  private final EventDirectory directory;

  Fixture(UserAccounts accounts, EventSetup setup, Registrations registrations, EventDirectory directory) {
    this.accounts = accounts;
    this.setup = setup;
    this.registrations = registrations;
    this.directory = directory;
  }

  String user(String prefix) {
    return user(prefix, Role.VIEWER);
  }

  String user(String prefix, Role role) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, "Test " + prefix, PASSWORD, role);
    return name;
  }

  EventView selfScheduled(int tables, int... slotsPerSession) {
    return event(user("owner", Role.EDITOR), SchedulingMode.SELF_SCHEDULING, tables, 0, Duration.ofDays(2),
        slotsPerSession);
  }

  EventView organiserScheduled(int tables, int... slotsPerSession) {
    return event(user("owner", Role.EDITOR), SchedulingMode.ORGANISER, tables, 0, Duration.ofDays(2),
        slotsPerSession);
  }

  EventView event(String owner, SchedulingMode mode, int tables, int maxRequests, Duration expiry,
      int... slotsPerSession) {
    return event(owner, mode, tables, maxRequests, expiry, null, null, slotsPerSession);
  }

  /** Sessions of 20-minute slots on one day, three hours apart, from 09:00 Rome time. */
  EventView event(String owner, SchedulingMode mode, int tables, int maxRequests, Duration expiry, Instant opens,
      Instant closes, int... slotsPerSession) {
    EventInput input = new EventInput("Meetings test " + UUID.randomUUID().toString().substring(0, 6),
        EventKind.BROKERAGE_EVENT, "Bologna", ROME.getId(), DAY, DAY, tables, mode, maxRequests,
        (int) expiry.toHours(), null, null, local(opens), local(closes), "");
    List<SessionInput> sessions = new ArrayList<>();
    for (int i = 0; i < slotsPerSession.length; i++) {
      LocalTime start = LocalTime.of(9 + 3 * i, 0);
      sessions.add(new SessionInput("Session " + (i + 1), DAY, start, start.plusMinutes(20L * slotsPerSession[i]),
          20, 0, List.of()));
    }
    return setup.createAs(owner, input, sessions);
  }

  private static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ROME);
  }

  /** The id of the event's session at this index (in time order). */
  long session(EventView event, int index) {
    List<SessionView> sessions = setup.sessions(event.id());
    return sessions.get(index).id();
  }

  List<SlotView> slots(long eventId) {
    return directory.slots(eventId);
  }

  /** A validated participant attending every session. */
  ParticipantView participant(EventView event, String prefix) {
    return participant(event, prefix, ParticipantStatus.VALIDATED, null);
  }

  /** A participant in the given status attending the given sessions (null = all). */
  ParticipantView participant(EventView event, String prefix, ParticipantStatus status, Set<Long> sessions) {
    String username = user(prefix);
    Set<Long> attends = sessions != null ? sessions
        : Set.copyOf(setup.sessions(event.id()).stream().map(SessionView::id).toList());
    RegistrationInput input = new RegistrationInput("Person " + username, username + "@example.org", "Director",
        "Org of " + username, "Italy", null, "", Set.of(), List.of(), attends, true, true, username, null);
    ParticipantView registered = status == ParticipantStatus.VALIDATED
        ? registrations.registerValidatedAs(event.id(), username, input, null)
        : registrations.registerAs(event.id(), username, input);
    return directory.participant(registered.id());
  }
}
