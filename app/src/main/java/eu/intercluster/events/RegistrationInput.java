package eu.intercluster.events;

import java.util.List;
import java.util.Set;

/**
 * What a person gives to register for an event.
 *
 * @param organisationName the organisation as typed; linked to the map when its name, acronym or
 *     an alias matches exactly one organisation, otherwise left for the organiser's review
 * @param organisationKind an ecosystem {@code OrganisationKind} name (optional)
 * @param themes theme codes of the ecosystem's theme catalogue
 * @param availableSessionIds the matchmaking sessions the participant attends (empty = all)
 * @param listed opt-in to the public catalogue of participants
 * @param acceptedTerms must be true
 * @param username for a visitor who is not signed in: the account to create (VIEWER)
 * @param password for a visitor who is not signed in
 */
public record RegistrationInput(
    String fullName,
    String email,
    String jobTitle,
    String organisationName,
    String country,
    String organisationKind,
    String description,
    Set<String> themes,
    List<String> languages,
    Set<Long> availableSessionIds,
    boolean listed,
    boolean acceptedTerms,
    String username,
    String password) {

  public RegistrationInput {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
    availableSessionIds = availableSessionIds == null ? Set.of() : Set.copyOf(availableSessionIds);
  }
}
