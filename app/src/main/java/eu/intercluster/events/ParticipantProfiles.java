package eu.intercluster.events;

import eu.intercluster.events.persistence.ParticipantEntity;

/** Copies a checked profile onto a participant. */
final class ParticipantProfiles {

  private ParticipantProfiles() {}

  static void apply(ParticipantEntity participant, ProfileInput input) {
    participant.setFullName(input.fullName().strip());
    participant.setEmail(input.email().strip());
    participant.setJobTitle(EventRules.blankToNull(input.jobTitle()));
    participant.setDescription(EventRules.blankToNull(input.description()));
    participant.setLanguages(EventViews.joinList(input.languages()));
    participant.setListed(input.listed());
    participant.getThemes().clear();
    participant.getThemes().addAll(input.themes());
    participant.getSessionIds().clear();
    participant.getSessionIds().addAll(input.availableSessionIds());
  }
}
