package eu.intercluster.events;

/** Search words and filters over the catalogue; every part optional. */
public record CatalogueFilter(String q, String country, String organisationKind, String theme,
    OpportunityType opportunityType) {

  public static CatalogueFilter none() {
    return new CatalogueFilter(null, null, null, null, null);
  }
}
