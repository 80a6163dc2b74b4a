package eu.intercluster.agendas;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.RequestCounts;
import eu.intercluster.meetings.RequestView;
import eu.intercluster.system.NotFoundException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * Events, participants and meetings in memory, standing in for the events and meetings modules in
 * tests (it implements their two read APIs). Ids are unique across instances so tests sharing a
 * database do not collide.
 */
public class FakeEventWorld implements EventDirectory, MeetingBook {

  public static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final Map<Long, EventView> events = new ConcurrentHashMap<>();
  private final Map<Long, List<SlotView>> slots = new ConcurrentHashMap<>();
  private final Map<Long, ParticipantView> participants = new ConcurrentHashMap<>();
  private final Map<Long, MeetingView> meetings = new ConcurrentHashMap<>();
  private final Map<Long, RequestCounts> counts = new ConcurrentHashMap<>();

  public static long nextId() {
    return IDS.incrementAndGet();
  }

  /** An event in Rome on 15–16 March 2027 with three 30-minute slots from 09:30 UTC (10:30 local). */
  public EventView event(String title, String owner) {
    long id = nextId();
    EventView event = new EventView(id, title, EventKind.BROKERAGE_EVENT, "Bologna Fiere, Pavilion 30", ROME,
        LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16), 20, SchedulingMode.ORGANISER, 0, Duration.ofDays(3),
        null, null, null, null, null, owner, List.of());
    events.put(id, event);
    List<SlotView> list = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      ZonedDateTime start = ZonedDateTime.of(2027, 3, 15, 9, 0, 0, 0, ZoneOffset.UTC).plusMinutes(30L * n)
          .withZoneSameInstant(ROME);
      list.add(new SlotView(n, 1, "Morning B2B", start, start.plusMinutes(30)));
    }
    slots.put(id, list);
    return event;
  }

  public ParticipantView participant(EventView event, String username, String name, String email, Long organisationId,
      String organisation, String country, String kind) {
    long id = nextId();
    ParticipantView participant = new ParticipantView(id, event.id(), username, name, email, "Director",
        organisationId, organisation, country, kind, null, Set.of(), List.of("en"), ParticipantStatus.VALIDATED, true,
        Set.of(), false, "tok" + id + "x" + Long.toHexString(Double.doubleToLongBits(Math.random())));
    participants.put(id, participant);
    return participant;
  }

  public void put(ParticipantView participant) {
    participants.put(participant.id(), participant);
  }

  /** A published meeting in the given slot at the given UTC time. */
  public MeetingView meeting(EventView event, ParticipantView requester, ParticipantView partner, int slot, int table,
      ZonedDateTime startUtc) {
    MeetingView meeting = new MeetingView(nextId(), event.id(), nextId(), requester.id(), partner.id(), slot, table,
        startUtc.withZoneSameInstant(event.zone()), startUtc.plusMinutes(30).withZoneSameInstant(event.zone()),
        true, false);
    meetings.put(meeting.id(), meeting);
    return meeting;
  }

  public void put(MeetingView meeting) {
    meetings.put(meeting.id(), meeting);
  }

  public void counts(long eventId, RequestCounts requestCounts) {
    counts.put(eventId, requestCounts);
  }

  // ---- EventDirectory ---------------------------------------------------------------------------

  @Override
  public EventView event(long eventId) {
    EventView event = events.get(eventId);
    if (event == null) {
      throw new NotFoundException("event", eventId);
    }
    return event;
  }

  @Override
  public List<EventView> events() {
    return List.copyOf(events.values());
  }

  @Override
  public List<SlotView> slots(long eventId) {
    return slots.getOrDefault(eventId, List.of());
  }

  @Override
  public List<ParticipantView> participants(long eventId) {
    return participants.values().stream().filter(p -> p.eventId() == eventId)
        .sorted(Comparator.comparingLong(ParticipantView::id)).toList();
  }

  @Override
  public ParticipantView participant(long participantId) {
    ParticipantView participant = participants.get(participantId);
    if (participant == null) {
      throw new NotFoundException("participant", participantId);
    }
    return participant;
  }

  @Override
  public Optional<ParticipantView> participantOf(long eventId, String username) {
    return participants(eventId).stream().filter(p -> p.username().equals(username)).findFirst();
  }

  @Override
  public Optional<ParticipantView> participantByCalendarToken(String token) {
    return participants.values().stream().filter(p -> p.calendarToken().equals(token)).findFirst();
  }

  @Override
  public boolean isOrganiser(long eventId, String username) {
    EventView event = events.get(eventId);
    return event != null && (event.owner().equals(username) || event.coOrganisers().contains(username));
  }

  // ---- MeetingBook ------------------------------------------------------------------------------

  @Override
  public List<MeetingView> meetings(long eventId) {
    return meetings.values().stream().filter(m -> m.eventId() == eventId && !m.cancelled())
        .sorted(Comparator.comparing((MeetingView m) -> m.slot() == null ? Integer.MAX_VALUE : m.slot())
            .thenComparing(MeetingView::id)).toList();
  }

  @Override
  public List<MeetingView> agenda(long participantId) {
    return meetings.values().stream().filter(m -> m.involves(participantId) && m.published() && !m.cancelled())
        .sorted(Comparator.comparing(MeetingView::start)).toList();
  }

  @Override
  public MeetingView meeting(long meetingId) {
    MeetingView meeting = meetings.get(meetingId);
    if (meeting == null) {
      throw new NotFoundException("meeting", meetingId);
    }
    return meeting;
  }

  @Override
  public RequestCounts requestCounts(long eventId) {
    return counts.getOrDefault(eventId, new RequestCounts(0, 0, 0, 0, 0, 0, 0));
  }

  @Override
  public List<RequestView> pendingRequests(long eventId) {
    return List.of();
  }
}
