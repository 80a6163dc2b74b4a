package eu.intercluster.documents;

/** A piece of a document's body: plain text, or an occurrence of an entity (type and key set). */
public record TextSegment(String text, String entityType, String entityKey, ProposalStatus status) {

  public boolean isEntity() {
    return entityType != null;
  }
}
