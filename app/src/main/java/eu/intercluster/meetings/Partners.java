package eu.intercluster.meetings;

import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;

/** How one participant appears to another: contact details only after acceptance. */
final class Partners {

  private Partners() {}

  static PartnerView of(ParticipantView p, boolean withContact) {
    return new PartnerView(p.id(), p.fullName(), p.organisationName(), p.organisationId(), p.country(),
        withContact ? p.email() : null, withContact ? p.jobTitle() : null);
  }

  /** Available in a slot: the participant attends its session (no sessions marked = all of them). */
  static boolean availableIn(ParticipantView p, SlotView slot) {
    return p.availableSessionIds().isEmpty() || p.availableSessionIds().contains(slot.sessionId());
  }
}
