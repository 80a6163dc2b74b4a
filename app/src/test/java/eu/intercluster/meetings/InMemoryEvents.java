package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SlotView;
import eu.intercluster.system.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hand-written EventDirectory for the meetings tests: events with sessions of 20-minute slots
 * from 09:00 (Europe/Rome), organisers and participants held in memory. Ids start high so they
 * never collide with rows another module writes.
 */
class InMemoryEvents implements EventDirectory {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private final AtomicLong ids = new AtomicLong(900_000);
  private final Map<Long, EventView> events = new ConcurrentHashMap<>();
  private final Map<Long, List<SlotView>> slots = new ConcurrentHashMap<>();
  private final Map<Long, ParticipantView> participants = new ConcurrentHashMap<>();

  /** An event with one session per entry of {@code slotsPerSession}. */
  EventView event(String owner, SchedulingMode mode, int tables, int maxRequests, Duration expiry,
      int... slotsPerSession) {
    return event(owner, mode, tables, maxRequests, expiry, null, null, slotsPerSession);
  }

  EventView event(String owner, SchedulingMode mode, int tables, int maxRequests, Duration expiry, Instant opens,
      Instant closes, int... slotsPerSession) {
    long id = ids.incrementAndGet();
    LocalDate day = LocalDate.of(2026, 5, 4);
    EventView event = new EventView(id, "Test event " + id, EventKind.BROKERAGE_EVENT, "Bologna", ROME, day, day,
        tables, mode, maxRequests, expiry, null, null, opens, closes, null, owner, List.of());
    events.put(id, event);
    List<SlotView> list = new ArrayList<>();
    ZonedDateTime start = day.atTime(9, 0).atZone(ROME);
    for (int session = 0; session < slotsPerSession.length; session++) {
      long sessionId = id * 10 + session;
      for (int i = 0; i < slotsPerSession[session]; i++) {
        list.add(new SlotView(list.size() + 1, sessionId, "Session " + (session + 1), start, start.plusMinutes(20)));
        start = start.plusMinutes(20);
      }
      start = start.plusHours(2);
    }
    slots.put(id, list);
    return event;
  }

  ParticipantView participant(EventView event, String username, ParticipantStatus status, Set<Long> sessions) {
    long id = ids.incrementAndGet();
    ParticipantView p = new ParticipantView(id, event.id(), username, "Person " + username,
        username + "@example.org", "Director", null, "Org of " + username, "IT", "COMPANY", "", Set.of(), List.of(),
        status, true, sessions, false, "cal" + id);
    participants.put(id, p);
    return p;
  }

  ParticipantView participant(EventView event, String username) {
    return participant(event, username, ParticipantStatus.VALIDATED, Set.of());
  }

  long session(EventView event, int index) {
    return event.id() * 10 + index;
  }

  @Override
  public EventView event(long eventId) {
    EventView event = events.get(eventId);
    if (event == null) {
      throw new NotFoundException("Event", eventId);
    }
    return event;
  }

  @Override
  public List<EventView> events() {
    return events.values().stream().sorted(Comparator.comparing(EventView::id)).toList();
  }

  @Override
  public List<SlotView> slots(long eventId) {
    event(eventId);
    return slots.getOrDefault(eventId, List.of());
  }

  @Override
  public List<ParticipantView> participants(long eventId) {
    return participants.values().stream().filter(p -> p.eventId() == eventId)
        .sorted(Comparator.comparing(ParticipantView::id)).toList();
  }

  @Override
  public ParticipantView participant(long participantId) {
    ParticipantView p = participants.get(participantId);
    if (p == null) {
      throw new NotFoundException("Participant", participantId);
    }
    return p;
  }

  @Override
  public Optional<ParticipantView> participantOf(long eventId, String username) {
    return participants.values().stream().filter(p -> p.eventId() == eventId && p.username().equals(username))
        .findFirst();
  }

  @Override
  public Optional<ParticipantView> participantByCalendarToken(String token) {
    return participants.values().stream().filter(p -> token.equals(p.calendarToken())).findFirst();
  }

  @Override
  public boolean isOrganiser(long eventId, String username) {
    EventView event = events.get(eventId);
    return event != null && (event.owner().equals(username) || event.coOrganisers().contains(username));
  }
}
