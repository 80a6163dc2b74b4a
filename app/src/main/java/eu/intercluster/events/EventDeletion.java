package eu.intercluster.events;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccount;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.EventRepository;
import eu.intercluster.events.persistence.ParticipantRepository;
import eu.intercluster.events.persistence.VisitEntity;
import eu.intercluster.events.persistence.VisitRepository;
import eu.intercluster.system.ConflictException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Deletes an event set up by mistake: its sessions, site visits, co-organisers and pending or
 * rejected registrations go with it (the database cascades), and so do its activities on the
 * map. Once a participant has been validated (or has withdrawn) the event has a history in
 * meetings, agendas and the map, and deleting it is refused. Only the owner or an ADMIN may.
 */
@Component
class EventDeletion {

  private final EventRepository events;
  private final VisitRepository visits;
  private final ParticipantRepository participants;
  private final EventGuard access;
  private final EventMapActivities mapActivities;

  EventDeletion(EventRepository events, VisitRepository visits, ParticipantRepository participants,
      EventGuard access, EventMapActivities mapActivities) {
    this.events = events;
    this.visits = visits;
    this.participants = participants;
    this.access = access;
    this.mapActivities = mapActivities;
  }

  /** Must run inside a transaction. */
  void delete(EventEntity event) {
    UserAccount user = access.requireSignedIn();
    if (!user.username().equals(event.getOwner()) && user.role() != Role.ADMIN) {
      throw new AccessDeniedException("Only the owner of event " + event.getId() + " or an ADMIN may delete it");
    }
    long validated = participants.countByEventIdAndStatus(event.getId(), ParticipantStatus.VALIDATED);
    long withdrawn = participants.countByEventIdAndStatus(event.getId(), ParticipantStatus.WITHDRAWN);
    if (validated + withdrawn > 0) {
      throw new ConflictException("event-has-participants", "Event " + event.getId() + " has " + validated
          + " validated and " + withdrawn + " withdrawn participants: it can no longer be deleted; change its"
          + " dates or close its registration instead", List.of());
    }
    List<VisitEntity> eventVisits = visits.findByEventIdOrderByDayAscStartMinuteAscIdAsc(event.getId());
    eventVisits.forEach(visit -> mapActivities.delete(visit.getActivityId()));
    mapActivities.delete(event.getActivityId());
    events.delete(event);
    events.flush();
  }
}
