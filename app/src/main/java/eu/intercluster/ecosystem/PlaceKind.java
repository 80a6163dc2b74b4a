package eu.intercluster.ecosystem;

/** What a place is; infrastructures (technopoles, supercomputers, data centres) are places. */
public enum PlaceKind {
  CONTINENT, COUNTRY, REGION, CITY, DISTRICT, SEA, VENUE, ADDRESS, BUILDING, INFRASTRUCTURE
}
