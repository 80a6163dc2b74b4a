package eu.intercluster.extraction;

/** Entity types of the corpus schema. */
public enum EntityType {
  ORG("O"), PERSON("P"), PLACE("PL"), EVENT("EV"), AGREEMENT("A"), THEME("T"), PROGRAMME("PR");

  private final String idPrefix;

  EntityType(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  /** Id prefix by the corpus convention: O, P, PL, EV, A, T, PR. */
  public String idPrefix() {
    return idPrefix;
  }
}
