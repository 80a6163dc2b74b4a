package eu.intercluster.events;

import java.util.List;
import java.util.Set;

/**
 * A registered participant: a person of an organisation at one event.
 *
 * @param username the platform account the participant signs in with
 * @param organisationId the ecosystem-map organisation, or null while the organisation typed at
 *     registration awaits the organiser's review
 * @param listed opted in to the public catalogue of participants
 * @param availableSessionIds matchmaking sessions the participant attends (slots of the others are
 *     forbidden to their meetings)
 * @param delegate travels with a mission's delegation
 * @param calendarToken secret for the participant's iCal feed URL (calendars cannot sign in)
 */
public record ParticipantView(
    long id,
    long eventId,
    String username,
    String fullName,
    String email,
    String jobTitle,
    Long organisationId,
    String organisationName,
    String country,
    String organisationKind,
    String description,
    Set<String> themes,
    List<String> languages,
    ParticipantStatus status,
    boolean listed,
    Set<Long> availableSessionIds,
    boolean delegate,
    String calendarToken) {

  public ParticipantView {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
    availableSessionIds = availableSessionIds == null ? Set.of() : Set.copyOf(availableSessionIds);
  }
}
