package eu.intercluster.events;

import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationInput;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.ParticipantEntity;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The organiser's decision on a registration: which map organisation it is, and validation, which
 * also records on the map that the organisation takes part in the event's activity.
 */
@Component("eventsParticipantDecisions")
class ParticipantDecisions {

  private final OrganisationService organisations;
  private final RelationService relations;
  private final ApplicationEventPublisher publisher;

  ParticipantDecisions(OrganisationService organisations, RelationService relations,
      ApplicationEventPublisher publisher) {
    this.organisations = organisations;
    this.relations = relations;
    this.publisher = publisher;
  }

  /** Links to an existing organisation, or creates the typed one in the map. */
  void link(ParticipantEntity participant, Long organisationId, boolean create) {
    if (organisationId != null) {
      OrganisationDetails organisation;
      try {
        organisation = organisations.get(organisationId);
      } catch (NotFoundException missing) {
        throw new InvalidInputException("organisationId", "no organisation with id " + organisationId);
      }
      participant.setOrganisationId(organisation.id());
      participant.setOrganisationName(organisation.name());
      return;
    }
    if (create) {
      OrganisationKind kind = RegistrationChecks.kind(participant.getOrganisationKind());
      OrganisationSummary created = organisations.create(new OrganisationInput(participant.getOrganisationName(),
          null, null, kind == null ? OrganisationKind.OTHER : kind, participant.getCountry(), null, null, null,
          null, null), true);
      participant.setOrganisationId(created.id());
    }
  }

  ParticipantView markValidated(ParticipantEntity participant, EventEntity event) {
    participant.setStatus(ParticipantStatus.VALIDATED);
    recordParticipation(participant.getOrganisationId(), event);
    participant.setRejectionReason(null);
    publisher.publishEvent(new ParticipantValidated(participant.getEventId(), participant.getId()));
    return EventViews.participant(participant);
  }

  /**
   * Organisation PARTICIPATED in the event's activity, once however many of its people come; the
   * event is the source (the same one the outcomes module registers for its relations).
   */
  private void recordParticipation(Long organisationId, EventEntity event) {
    Long activityId = event.getActivityId();
    if (organisationId == null || activityId == null) {
      return;
    }
    boolean known = relations.touching(RecordKind.ACTIVITY, activityId).stream()
        .anyMatch(r -> r.type() == RelationType.PARTICIPATED && r.from().kind() == RecordKind.ORGANISATION
            && r.from().id() == organisationId);
    if (!known) {
      SourceRef source = relations.registerSource("event-" + event.getId(), event.getTitle(), null,
          event.getStartDate(), "/events/" + event.getId(), "intercluster-event");
      relations.create(new RelationInput(RelationType.PARTICIPATED, RecordKind.ORGANISATION, organisationId,
          RecordKind.ACTIVITY, activityId, event.getStartDate(), event.getEndDate(),
          "Validated participant of the event", source.id(), null));
    }
  }
}
