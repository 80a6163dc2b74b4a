package eu.intercluster.ecosystem;

public record PlaceSummary(long id, String key, String name, PlaceKind kind, String country,
    RecordRef parent) {

  public RecordRef ref() {
    return new RecordRef(RecordKind.PLACE, id, key, name);
  }
}
