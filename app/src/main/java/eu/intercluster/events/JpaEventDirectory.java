package eu.intercluster.events;

import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.EventRepository;
import eu.intercluster.events.persistence.ParticipantRepository;
import eu.intercluster.events.persistence.MatchmakingSessionRepository;
import eu.intercluster.system.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("eventsJpaEventDirectory")
@Transactional(readOnly = true)
class JpaEventDirectory implements EventDirectory {

  private final EventRepository events;
  private final MatchmakingSessionRepository sessions;
  private final ParticipantRepository participants;
  private final EventGuard access;

  JpaEventDirectory(EventRepository events, MatchmakingSessionRepository sessions,
      ParticipantRepository participants, EventGuard access) {
    this.events = events;
    this.sessions = sessions;
    this.participants = participants;
    this.access = access;
  }

  @Override
  public EventView event(long eventId) {
    return EventViews.event(require(eventId));
  }

  /** Upcoming events first (soonest first), then past ones (most recent first). */
  @Override
  public List<EventView> events() {
    LocalDate today = LocalDate.now();
    Comparator<EventEntity> upcoming = Comparator.comparing(EventEntity::getStartDate);
    List<EventEntity> all = events.findAll();
    List<EventEntity> next = all.stream().filter(e -> !e.getEndDate().isBefore(today)).sorted(upcoming).toList();
    List<EventEntity> past = all.stream().filter(e -> e.getEndDate().isBefore(today))
        .sorted(upcoming.reversed()).toList();
    return java.util.stream.Stream.concat(next.stream(), past.stream()).map(EventViews::event).toList();
  }

  @Override
  public List<SlotView> slots(long eventId) {
    EventEntity event = require(eventId);
    return SlotCalculator.slots(ZoneId.of(event.getZone()),
        sessions.findByEventId(eventId).stream().map(EventViews::session).toList());
  }

  @Override
  public List<ParticipantView> participants(long eventId) {
    require(eventId);
    return participants.findByEventIdOrderByIdAsc(eventId).stream().map(EventViews::participant).toList();
  }

  @Override
  public ParticipantView participant(long participantId) {
    return participants.findById(participantId).map(EventViews::participant)
        .orElseThrow(() -> new NotFoundException("Participant", participantId));
  }

  @Override
  public Optional<ParticipantView> participantOf(long eventId, String username) {
    if (username == null) {
      return Optional.empty();
    }
    return participants.findByEventIdAndUsername(eventId, username).map(EventViews::participant);
  }

  @Override
  public Optional<ParticipantView> participantByCalendarToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return participants.findByCalendarToken(token).map(EventViews::participant);
  }

  @Override
  public boolean isOrganiser(long eventId, String username) {
    return events.findById(eventId).map(e -> access.isOrganiser(e, username)).orElse(false);
  }

  private EventEntity require(long eventId) {
    return events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
  }
}
