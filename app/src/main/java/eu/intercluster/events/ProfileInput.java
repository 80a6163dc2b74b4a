package eu.intercluster.events;

import java.util.List;
import java.util.Set;

/** A participant's own profile at an event (the organisation is settled at validation). */
public record ProfileInput(
    String fullName,
    String email,
    String jobTitle,
    String description,
    Set<String> themes,
    List<String> languages,
    Set<Long> availableSessionIds,
    boolean listed) {

  public ProfileInput {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
    availableSessionIds = availableSessionIds == null ? Set.of() : Set.copyOf(availableSessionIds);
  }
}
