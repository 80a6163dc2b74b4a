package eu.intercluster.documents;

import static eu.intercluster.documents.ProposalStore.ACCEPTED;
import static eu.intercluster.documents.ProposalStore.REJECTED;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.documents.persistence.ProposedRelationRecord;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationInput;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.SourceRef;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reviewer's decisions on proposed relations: accepting writes the relation to the map with the
 * document as source and the quoted sentence ({@code HAS_THEME} adds the theme to the record instead);
 * rejecting is refused once the relation is on the map. Runs inside the caller's transaction.
 */
@Component
class RelationDecisions {

  static final String HAS_THEME = "HAS_THEME";

  private final ProposalStore store;
  private final RelationService mapRelations;
  private final RecordThemes recordThemes;
  private final ProvenanceWriter provenance;

  RelationDecisions(ProposalStore store, RelationService mapRelations, RecordThemes recordThemes,
      ProvenanceWriter provenance) {
    this.store = store;
    this.mapRelations = mapRelations;
    this.recordThemes = recordThemes;
    this.provenance = provenance;
  }

  Long accept(long documentId, long relationId) {
    DocumentRecord document = store.requireDocument(documentId);
    ProposedRelationRecord r = store.requireRelation(documentId, relationId);
    if (ACCEPTED.equals(r.getStatus())) {
      return r.getWrittenRelationId();
    }
    ProposedEntityRecord from = store.entity(documentId, r.getArg0());
    ProposedEntityRecord to = store.entity(documentId, r.getArg1());
    List<String> pending = new ArrayList<>();
    for (ProposedEntityRecord end : new ProposedEntityRecord[] {from, to}) {
      if (end == null || !ACCEPTED.equals(end.getStatus())) {
        pending.add(end == null ? "?" : end.getSurface());
      }
    }
    if (!pending.isEmpty()) {
      throw new ConflictException("ends-pending",
          "Accept both ends of the relation first: " + String.join(", ", pending) + " not accepted yet.", pending);
    }
    if (!isMapType(r.getType())) {
      if (HAS_THEME.equals(r.getType()) && from.getLinkedId() != null && to.getThemeCode() != null) {
        recordThemes.addTheme(RecordKind.valueOf(from.getLinkedKind()), from.getLinkedId(), to.getThemeCode());
        ProposalStore.decide(r, ACCEPTED);
        store.refreshStatus(document);
        return null;
      }
      throw new InvalidInputException("type", "the map has no relation type " + r.getType());
    }
    if (from.getLinkedId() == null || to.getLinkedId() == null) {
      throw new InvalidInputException("type", "a " + r.getType() + " relation needs two records, not a theme");
    }
    SourceRef source = provenance.source(document);
    var written = mapRelations.create(new RelationInput(RelationType.valueOf(r.getType()),
        RecordKind.valueOf(from.getLinkedKind()), from.getLinkedId(), RecordKind.valueOf(to.getLinkedKind()),
        to.getLinkedId(), null, null, r.getNote(), source.id(), r.getQuote()));
    r.setWrittenRelationId(written.id());
    ProposalStore.decide(r, ACCEPTED);
    store.refreshStatus(document);
    return written.id();
  }

  void reject(long documentId, long relationId) {
    DocumentRecord document = store.requireDocument(documentId);
    ProposedRelationRecord r = store.requireRelation(documentId, relationId);
    if (r.getWrittenRelationId() != null) {
      throw new ConflictException("written", "This relation is already on the map (relation "
          + r.getWrittenRelationId() + "); delete it there.", List.of("relation " + r.getWrittenRelationId()));
    }
    ProposalStore.decide(r, REJECTED);
    store.refreshStatus(document);
  }

  /** Whether the type is a relation type of the map. */
  static boolean isMapType(String type) {
    try {
      RelationType.valueOf(type);
      return true;
    } catch (IllegalArgumentException notOnTheMap) {
      return false;
    }
  }
}
