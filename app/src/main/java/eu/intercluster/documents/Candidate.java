package eu.intercluster.documents;

import eu.intercluster.ecosystem.RecordRef;

/**
 * A map record a proposed entity may be linked to, with a score in [0, 1] and why: {@code EXTRACTOR}
 * (the extractor recognised the record's name), {@code EXACT} (same normalised name or alias),
 * {@code ACRONYM}, or {@code SIMILAR} (token and character similarity).
 */
public record Candidate(RecordRef record, double score, String matchedName, String reason) {

  /** The score as a whole percentage, for display. */
  public int percent() {
    return (int) Math.round(score * 100);
  }
}
