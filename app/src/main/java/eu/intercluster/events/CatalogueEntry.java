package eu.intercluster.events;

import java.util.List;
import java.util.Set;

/**
 * A validated, opted-in participant in the public catalogue: never an e-mail address or phone
 * number (contact details are for meeting partners only).
 */
public record CatalogueEntry(long participantId, String fullName, String jobTitle, Long organisationId,
    String organisationName, String country, String organisationKind, String description,
    Set<String> themes, List<String> languages, List<OpportunityView> opportunities) {

  public CatalogueEntry {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    languages = languages == null ? List.of() : List.copyOf(languages);
    opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
  }
}
