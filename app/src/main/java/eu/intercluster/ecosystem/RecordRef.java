package eu.intercluster.ecosystem;

/** A pointer to any record on the map, with the label to show for it. */
public record RecordRef(RecordKind kind, long id, String key, String label) {

  /** The record's page, e.g. {@code /organisations/3}. */
  public String path() {
    return "/" + kind.path() + "/" + id;
  }
}
