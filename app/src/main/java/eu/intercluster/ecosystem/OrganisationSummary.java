package eu.intercluster.ecosystem;

import java.util.List;

/** An organisation in a list or search result. */
public record OrganisationSummary(long id, String key, String name, String acronym,
    OrganisationKind kind, String country, String region, String city, List<String> themes) {

  public RecordRef ref() {
    return new RecordRef(RecordKind.ORGANISATION, id, key, name);
  }
}
