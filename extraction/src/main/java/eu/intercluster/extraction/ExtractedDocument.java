package eu.intercluster.extraction;

import java.util.List;

/** The result for one document, field for field the corpus schema. */
public record ExtractedDocument(String docId, String source, String lang, String docDate, boolean complete,
    String notes, List<Entity> entities, List<Relation> relations) {
  public ExtractedDocument {
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  /** Entity by id, or null. */
  public Entity entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }
}
