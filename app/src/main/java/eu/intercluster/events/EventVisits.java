package eu.intercluster.events;

import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.VisitEntity;
import eu.intercluster.events.persistence.VisitRepository;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The company and site visits of a mission: checked against the event's days and the map's
 * organisations, each with its activity on the ecosystem map. The caller has checked that the
 * event exists and that the user organises it.
 */
@Component
class EventVisits {

  private final VisitRepository visits;
  private final OrganisationService organisations;
  private final EventMapActivities mapActivities;

  EventVisits(VisitRepository visits, OrganisationService organisations, EventMapActivities mapActivities) {
    this.visits = visits;
    this.organisations = organisations;
    this.mapActivities = mapActivities;
  }

  VisitView add(EventEntity event, VisitInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    EventRules.text(problems, "title", input.title(), 300, true);
    EventRules.text(problems, "description", input.description(), 4000, false);
    if (input.day() == null) {
      problems.add(new FieldProblem("day", "must be a date"));
    } else if (input.day().isBefore(event.getStartDate()) || input.day().isAfter(event.getEndDate())) {
      problems.add(new FieldProblem("day", "must be within the event's dates"));
    }
    if (input.start() != null && input.end() != null && !input.end().isAfter(input.start())) {
      problems.add(new FieldProblem("end", "must be after the start"));
    }
    OrganisationDetails host = null;
    if (input.hostOrganisationId() != null) {
      try {
        host = organisations.get(input.hostOrganisationId());
      } catch (NotFoundException missing) {
        problems.add(new FieldProblem("hostOrganisationId", "no organisation with id " + input.hostOrganisationId()));
      }
    }
    EventRules.throwIfAny(problems);
    VisitEntity visit = new VisitEntity(event.getId());
    visit.setTitle(input.title().strip());
    visit.setDay(input.day());
    visit.setStartMinute(input.start() == null ? null : EventViews.minutes(input.start()));
    visit.setEndMinute(input.end() == null ? null : EventViews.minutes(input.end()));
    visit.setHostOrganisationId(host == null ? null : host.id());
    visit.setHostName(host == null ? null : host.name());
    visit.setDescription(EventRules.blankToNull(input.description()));
    if (event.getActivityId() == null) {
      mapActivities.updateFor(event);
    }
    visit.setActivityId(mapActivities.createFor(visit, event));
    return EventViews.visit(visits.saveAndFlush(visit));
  }

  void remove(long eventId, long visitId) {
    VisitEntity visit = visits.findById(visitId).filter(v -> v.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Visit", visitId));
    mapActivities.delete(visit.getActivityId());
    visits.delete(visit);
  }

  List<VisitView> of(long eventId) {
    return visits.findByEventIdOrderByDayAscStartMinuteAscIdAsc(eventId).stream().map(EventViews::visit).toList();
  }
}
