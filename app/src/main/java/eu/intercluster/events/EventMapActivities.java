package eu.intercluster.events;

import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityInput;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.VisitEntity;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the map's activities in step with events: one activity per event (kind BROKERAGE_EVENT,
 * MISSION or FORUM) and a SITE_VISIT child activity per mission visit, organised by its host.
 */
@Component("eventsEventMapActivities")
class EventMapActivities {

  private static final int DESCRIPTION_MAX = 4000;

  private final ActivityService activities;

  EventMapActivities(ActivityService activities) {
    this.activities = activities;
  }

  long createFor(EventEntity event) {
    return activities.create(eventInput(event, List.of(), List.of(), List.of(), Set.of())).id();
  }

  /** Changes title, kind, dates and description; organisers and participants stay as they are. */
  void updateFor(EventEntity event) {
    if (event.getActivityId() == null) {
      event.setActivityId(createFor(event));
      return;
    }
    ActivityDetails current;
    try {
      current = activities.get(event.getActivityId());
    } catch (NotFoundException deleted) {
      event.setActivityId(createFor(event));
      return;
    }
    activities.update(current.id(), eventInput(event, ids(current.organisers(), RecordKind.ORGANISATION),
        ids(current.participants(), RecordKind.ORGANISATION), ids(current.participants(), RecordKind.PERSON),
        Set.copyOf(current.themes())));
  }

  long createFor(VisitEntity visit, EventEntity event) {
    return activities.create(new ActivityInput(visit.getTitle(), ActivityKind.SITE_VISIT, visit.getDay(),
        visit.getDay(), null, null, null, event.getActivityId(), clip(visit.getDescription()), Set.of(),
        visit.getHostOrganisationId() == null ? List.of() : List.of(visit.getHostOrganisationId()),
        List.of(), List.of())).id();
  }

  void delete(Long activityId) {
    if (activityId != null) {
      try {
        activities.delete(activityId);
      } catch (NotFoundException alreadyGone) {
        // nothing to do
      }
    }
  }

  private static ActivityInput eventInput(EventEntity e, List<Long> organisers, List<Long> orgParticipants,
      List<Long> personParticipants, Set<String> themes) {
    return new ActivityInput(clipTitle(e.getTitle()), ActivityKind.valueOf(e.getKind().name()), e.getStartDate(),
        e.getEndDate(), null, null, null, null, clip(e.getDescription()), themes, organisers, orgParticipants,
        personParticipants);
  }

  private static List<Long> ids(List<RecordRef> refs, RecordKind kind) {
    return refs.stream().filter(r -> r.kind() == kind).map(RecordRef::id).distinct().toList();
  }

  private static String clip(String text) {
    return text == null || text.length() <= DESCRIPTION_MAX ? text : text.substring(0, DESCRIPTION_MAX - 1) + "…";
  }

  private static String clipTitle(String title) {
    return title.length() <= 500 ? title : title.substring(0, 500);
  }
}
