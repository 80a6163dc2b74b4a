package eu.intercluster.documents;

import java.util.List;

/** A document with its body cut into highlighted segments, and its review queue. */
public record DocumentReview(DocumentSummary document, List<TextSegment> segments, List<EntityProposal> entities,
    List<RelationProposal> relations) {

  public EntityProposal entity(String key) {
    return entities.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
  }
}
