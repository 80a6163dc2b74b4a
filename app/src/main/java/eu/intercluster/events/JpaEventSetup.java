package eu.intercluster.events;

import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.EventRepository;
import eu.intercluster.events.persistence.ParticipantRepository;
import eu.intercluster.events.persistence.SessionEntity;
import eu.intercluster.events.persistence.MatchmakingSessionRepository;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("eventsJpaEventSetup")
@Transactional
class JpaEventSetup implements EventSetup {

  private final EventRepository events;
  private final MatchmakingSessionRepository sessions;
  private final ParticipantRepository participants;
  private final EventGuard access;
  private final UserAccounts accounts;
  private final EventMapActivities mapActivities;
  private final EventDeletion deletion;
  private final EventVisits eventVisits;

  JpaEventSetup(EventRepository events, MatchmakingSessionRepository sessions,
      ParticipantRepository participants, EventGuard access, UserAccounts accounts,
      EventMapActivities mapActivities, EventDeletion deletion, EventVisits eventVisits) {
    this.events = events;
    this.sessions = sessions;
    this.participants = participants;
    this.access = access;
    this.accounts = accounts;
    this.mapActivities = mapActivities;
    this.deletion = deletion;
    this.eventVisits = eventVisits;
  }

  @Override
  public EventView create(EventInput input) {
    String owner = access.requireEditor().username();
    return EventViews.event(insert(owner, input));
  }

  @Override
  public EventView createAs(String ownerUsername, EventInput input, List<SessionInput> sessionInputs) {
    if (ownerUsername == null || !accounts.exists(ownerUsername)) {
      throw new InvalidInputException("owner", "no user '" + ownerUsername + "'");
    }
    EventEntity event = insert(ownerUsername, input);
    for (SessionInput session : sessionInputs == null ? List.<SessionInput>of() : sessionInputs) {
      insertSession(event, session);
    }
    return EventViews.event(event);
  }

  private EventEntity insert(String owner, EventInput input) {
    EventRules.check(input);
    EventEntity event = new EventEntity();
    event.setOwner(owner);
    apply(event, input);
    events.saveAndFlush(event);
    event.setActivityId(mapActivities.createFor(event));
    return event;
  }

  @Override
  public EventView update(long eventId, EventInput input) {
    EventEntity event = require(eventId);
    access.requireOrganiser(event);
    EventRules.check(input);
    apply(event, input);
    List<FieldProblem> outside = sessions.findByEventId(eventId).stream()
        .filter(s -> s.getDay().isBefore(input.startDate()) || s.getDay().isAfter(input.endDate()))
        .map(s -> new FieldProblem("startDate", "session '" + s.getName() + "' on " + s.getDay()
            + " would be outside the event's dates"))
        .toList();
    EventRules.throwIfAny(outside);
    mapActivities.updateFor(event);
    return EventViews.event(event);
  }

  private static void apply(EventEntity event, EventInput input) {
    ZoneId zone = EventRules.zone(input.zone());
    event.setTitle(input.title().strip());
    event.setKind(input.kind());
    event.setVenue(EventRules.blankToNull(input.venue()));
    event.setZone(zone.getId());
    event.setStartDate(input.startDate());
    event.setEndDate(input.endDate());
    event.setTables(input.tables());
    event.setSchedulingMode(input.schedulingMode());
    event.setMaxRequests(input.maxRequestsPerParticipant());
    event.setRequestExpiryHours(input.requestExpiryHours());
    event.setRegistrationOpens(instant(input.registrationOpens(), zone));
    event.setRegistrationCloses(instant(input.registrationCloses(), zone));
    event.setBookingOpens(instant(input.bookingOpens(), zone));
    event.setBookingCloses(instant(input.bookingCloses(), zone));
    event.setDescription(EventRules.blankToNull(input.description()));
  }

  private static Instant instant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  @Override
  public SessionView addSession(long eventId, SessionInput input) {
    EventEntity event = require(eventId);
    access.requireOrganiser(event);
    return EventViews.sessionView(insertSession(event, input), ZoneId.of(event.getZone()));
  }

  private SessionEntity insertSession(EventEntity event, SessionInput input) {
    List<FieldProblem> problems = new ArrayList<>(SlotCalculator.check(input));
    if (problems.isEmpty()) {
      if (input.day().isBefore(event.getStartDate()) || input.day().isAfter(event.getEndDate())) {
        problems.add(new FieldProblem("day", "must be within the event's dates ("
            + event.getStartDate() + " to " + event.getEndDate() + ")"));
      }
      for (SessionEntity other : sessions.findByEventId(event.getId())) {
        if (other.getDay().equals(input.day()) && other.getStartMinute() < EventViews.minutes(input.end())
            && EventViews.minutes(input.start()) < other.getEndMinute()) {
          problems.add(new FieldProblem("start", "overlaps the session '" + other.getName() + "'"));
        }
      }
    }
    EventRules.throwIfAny(problems);
    SessionEntity session = new SessionEntity(event.getId());
    session.setName(input.name().strip());
    session.setDay(input.day());
    session.setStartMinute(EventViews.minutes(input.start()));
    session.setEndMinute(EventViews.minutes(input.end()));
    session.setMeetingMinutes(input.meetingMinutes());
    session.setPauseMinutes(input.pauseMinutes());
    session.setBreaks(EventViews.joinList(input.breaks().stream().map(b -> {
      LocalTime[] times = SlotCalculator.parseBreak(b, "breaks");
      return times[0] + "-" + times[1];
    }).toList()));
    return sessions.saveAndFlush(session);
  }

  @Override
  public void removeSession(long eventId, long sessionId) {
    EventEntity event = require(eventId);
    access.requireOrganiser(event);
    SessionEntity session = sessions.findById(sessionId).filter(s -> s.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Session", sessionId));
    participants.findByEventIdOrderByIdAsc(eventId).forEach(p -> p.getSessionIds().remove(sessionId));
    participants.flush();
    sessions.delete(session);
  }

  @Override
  public EventView setCoOrganisers(long eventId, List<String> usernames) {
    EventEntity event = require(eventId);
    access.requireOrganiser(event);
    Set<String> names = new LinkedHashSet<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (String name : usernames == null ? List.<String>of() : usernames) {
      String clean = EventRules.blankToNull(name);
      if (clean != null) {
        if (!accounts.exists(clean)) {
          problems.add(new FieldProblem("coOrganisers", "no user '" + clean + "'"));
        } else if (!clean.equals(event.getOwner())) {
          names.add(clean);
        }
      }
    }
    EventRules.throwIfAny(problems);
    event.getCoOrganisers().clear();
    event.getCoOrganisers().addAll(names);
    return EventViews.event(event);
  }

  @Override
  public VisitView addVisit(long eventId, VisitInput input) {
    EventEntity event = require(eventId);
    access.requireOrganiser(event);
    return eventVisits.add(event, input);
  }

  @Override
  public void removeVisit(long eventId, long visitId) {
    EventEntity event = require(eventId);
    access.requireOrganiser(event);
    eventVisits.remove(eventId, visitId);
  }

  @Override
  public void delete(long eventId) {
    deletion.delete(require(eventId));
  }

  @Override
  @Transactional(readOnly = true)
  public EventDetails details(long eventId) {
    EventEntity event = require(eventId);
    long validated = participants.countByEventIdAndStatus(eventId, ParticipantStatus.VALIDATED);
    return new EventDetails(EventViews.event(event), event.getDescription(), sessions(eventId),
        visits(eventId), validated, RegistrationWindow.isOpen(event, Instant.now()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<SessionView> sessions(long eventId) {
    ZoneId zone = ZoneId.of(require(eventId).getZone());
    return sessions.findByEventId(eventId).stream().sorted(EventViews.sessionOrder())
        .map(s -> EventViews.sessionView(s, zone)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<VisitView> visits(long eventId) {
    require(eventId);
    return eventVisits.of(eventId);
  }

  private EventEntity require(long eventId) {
    return events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
  }
}
