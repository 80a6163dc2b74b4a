package eu.intercluster.ecosystem;

import eu.intercluster.ecosystem.persistence.Relation;
import eu.intercluster.ecosystem.persistence.RelationRepository;
import eu.intercluster.system.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps one set of relations of a record (an agreement's parties, an activity's participants)
 * equal to what a form gives, keeping the existing ones and their provenance untouched.
 */
@Component
class RelationSync {

  private final RelationRepository relations;
  private final RecordLabels labels;

  RelationSync(RelationRepository relations, RecordLabels labels) {
    this.relations = relations;
    this.labels = labels;
  }

  /** Relations {@code anchor --type--> other} (or reversed when {@code anchorIsFrom} is false). */
  void sync(String field, RecordKind anchorKind, long anchorId, boolean anchorIsFrom, RelationType type,
      RecordKind otherKind, List<Long> wantedIds) {
    Set<Long> wanted = new LinkedHashSet<>(wantedIds);
    List<Long> unknown = new ArrayList<>(wanted);
    labels.refs(otherKind, wanted).forEach(ref -> unknown.remove(ref.id()));
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(field, "no " + otherKind.name().toLowerCase() + " with id " + unknown.get(0));
    }
    // The same link may be on the map several times, once per source document: keep them all.
    Set<Long> missing = new LinkedHashSet<>(wanted);
    for (Relation r : relations.findTouching(anchorKind, anchorId)) {
      boolean matches = r.getType() == type && (anchorIsFrom
          ? r.getFromKind() == anchorKind && r.getFromId() == anchorId && r.getToKind() == otherKind
          : r.getToKind() == anchorKind && r.getToId() == anchorId && r.getFromKind() == otherKind);
      if (matches) {
        Long otherId = anchorIsFrom ? r.getToId() : r.getFromId();
        if (wanted.contains(otherId)) {
          missing.remove(otherId);
        } else {
          relations.delete(r);
        }
      }
    }
    for (Long otherId : missing) {
      relations.save(anchorIsFrom
          ? new Relation(type, anchorKind, anchorId, otherKind, otherId)
          : new Relation(type, otherKind, otherId, anchorKind, anchorId));
    }
  }

  /** Removes every relation touching a record that is being deleted. */
  void removeAll(RecordKind kind, long id) {
    relations.deleteAll(relations.findTouching(kind, id));
  }
}
