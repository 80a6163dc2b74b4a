package eu.intercluster.outcomes;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationInput;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.system.NotFoundException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Writes what happened at a meeting into the ecosystem map: a relation from the requester's
 * organisation to the partner's, dated the meeting's day, quoted from the event as its source
 * ({@code event-<id>}, a valid key of the map exchange format). Nothing is written when either participant has no organisation on the map
 * yet or both are of the same organisation.
 */
@Component
class OutcomeMapWriter {

  static final String SOURCE_ORIGIN = "intercluster-event";

  private final EventDirectory events;
  private final RelationService relations;

  OutcomeMapWriter(EventDirectory events, RelationService relations) {
    this.events = events;
    this.relations = relations;
  }

  /** @return the relation's id, or null when there is nothing to link */
  Long write(MeetingView meeting, RelationType type) {
    ParticipantView requester = events.participant(meeting.requesterId());
    ParticipantView partner = events.participant(meeting.partnerId());
    Long from = requester.organisationId();
    Long to = partner.organisationId();
    if (from == null || to == null || from.equals(to)) {
      return null;
    }
    EventView event = events.event(meeting.eventId());
    SourceRef source = relations.registerSource("event-" + event.id(), event.title(), null, event.startDate(),
        "/events/" + event.id(), SOURCE_ORIGIN);
    String note = type == RelationType.MET_AT
        ? "B2B meeting at " + event.title()
        : "Agreement reached at a B2B meeting at " + event.title();
    return relations.create(new RelationInput(type, RecordKind.ORGANISATION, from, RecordKind.ORGANISATION, to,
        day(meeting, event), null, note, source.id(), null)).id();
  }

  /** Removes a relation written before; one already deleted on the map is fine. */
  void remove(Long relationId) {
    if (relationId == null) {
      return;
    }
    try {
      relations.delete(relationId);
    } catch (NotFoundException alreadyGone) {
      // an editor removed it from the map already
    }
  }

  private static LocalDate day(MeetingView meeting, EventView event) {
    return meeting.start() == null ? event.startDate()
        : meeting.start().withZoneSameInstant(event.zone()).toLocalDate();
  }
}
