package eu.intercluster.events;

import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.OrganisationSummary;
import eu.intercluster.events.persistence.ParticipantEntity;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The organiser's decision on a registration: which map organisation it is, and validation. */
@Component("eventsParticipantDecisions")
class ParticipantDecisions {

  private final OrganisationService organisations;
  private final ApplicationEventPublisher publisher;

  ParticipantDecisions(OrganisationService organisations, ApplicationEventPublisher publisher) {
    this.organisations = organisations;
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

  ParticipantView markValidated(ParticipantEntity participant) {
    participant.setStatus(ParticipantStatus.VALIDATED);
    participant.setRejectionReason(null);
    publisher.publishEvent(new ParticipantValidated(participant.getEventId(), participant.getId()));
    return EventViews.participant(participant);
  }
}
