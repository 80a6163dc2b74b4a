package eu.intercluster.ecosystem;

/** The kinds of record on the map; each has a key prefix and a page path. */
public enum RecordKind {
  ORGANISATION("org-", "organisations"),
  PERSON("per-", "people"),
  PLACE("pl-", "places"),
  PROGRAMME("prg-", "programmes"),
  AGREEMENT("agr-", "agreements"),
  ACTIVITY("act-", "activities");

  private final String keyPrefix;
  private final String path;

  RecordKind(String keyPrefix, String path) {
    this.keyPrefix = keyPrefix;
    this.path = path;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  /** The collection path, both for pages ({@code /organisations/3}) and the API. */
  public String path() {
    return path;
  }
}
