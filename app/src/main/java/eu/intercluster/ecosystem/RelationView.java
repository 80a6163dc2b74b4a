package eu.intercluster.ecosystem;

import java.time.LocalDate;

/** A relation as shown: both ends, dates, and its provenance (source and quoted sentence). */
public record RelationView(long id, RelationType type, RecordRef from, RecordRef to,
    LocalDate fromDate, LocalDate toDate, String note, SourceRef source, String quote) {

  /** The end that is not {@code self}. */
  public RecordRef other(RecordKind kind, long selfId) {
    return from.kind() == kind && from.id() == selfId ? to : from;
  }
}
