package eu.intercluster.ecosystem;

/** Search words (name, acronym, alias, city; accents and case ignored) and filters; all optional. */
public record OrganisationFilter(String q, OrganisationKind kind, String country, String region,
    String theme) {

  public static OrganisationFilter none() {
    return new OrganisationFilter(null, null, null, null, null);
  }
}
