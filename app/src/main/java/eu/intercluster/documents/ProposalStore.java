package eu.intercluster.documents;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.DocumentRepository;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.documents.persistence.ProposedEntityRepository;
import eu.intercluster.documents.persistence.ProposedRelationRecord;
import eu.intercluster.documents.persistence.ProposedRelationRepository;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The documents and their proposals as the review actions read and mark them: lookups that refuse what
 * is not there (or not of the document), the reviewer's decision on a proposal, and the document's status.
 */
@Component
class ProposalStore {

  static final String PENDING = ProposalStatus.PENDING.name();
  static final String ACCEPTED = ProposalStatus.ACCEPTED.name();
  static final String REJECTED = ProposalStatus.REJECTED.name();

  private final DocumentRepository documents;
  private final ProposedEntityRepository entities;
  private final ProposedRelationRepository relations;

  ProposalStore(DocumentRepository documents, ProposedEntityRepository entities, ProposedRelationRepository relations) {
    this.documents = documents;
    this.entities = entities;
    this.relations = relations;
  }

  DocumentRecord requireDocument(long id) {
    return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
  }

  ProposedEntityRecord requireEntity(long documentId, long entityId) {
    return entities.findById(entityId).filter(e -> e.getDocumentId() == documentId)
        .orElseThrow(() -> new NotFoundException("proposed entity", entityId));
  }

  ProposedRelationRecord requireRelation(long documentId, long relationId) {
    return relations.findById(relationId).filter(r -> r.getDocumentId() == documentId)
        .orElseThrow(() -> new NotFoundException("proposed relation", relationId));
  }

  /** The document's entity with the key, or null. */
  ProposedEntityRecord entity(long documentId, String entityKey) {
    return entities.findByDocumentIdAndEntityKey(documentId, entityKey).orElse(null);
  }

  List<ProposedEntityRecord> entitiesOf(long documentId) {
    return entities.findByDocumentIdOrderByIdAsc(documentId);
  }

  List<ProposedRelationRecord> relationsOf(long documentId) {
    return relations.findByDocumentIdOrderByIdAsc(documentId);
  }

  /** IN_REVIEW while any proposal is pending, REVIEWED once none is. */
  void refreshStatus(DocumentRecord document) {
    boolean pending = entitiesOf(document.getId()).stream().anyMatch(e -> PENDING.equals(e.getStatus()))
        || relationsOf(document.getId()).stream().anyMatch(r -> PENDING.equals(r.getStatus()));
    document.setStatus(pending ? DocumentRecord.IN_REVIEW : DocumentRecord.REVIEWED);
  }

  /** Marks the entity with the status, reviewed now by the current user. */
  static void decide(ProposedEntityRecord e, String status) {
    e.setStatus(status);
    e.reviewed(ExtractingDocumentIntake.currentUser());
  }

  /** Marks the relation with the status, reviewed now by the current user. */
  static void decide(ProposedRelationRecord r, String status) {
    r.setStatus(status);
    r.reviewed(ExtractingDocumentIntake.currentUser());
  }

  /** Whether the relation has the entity at either end. */
  static boolean touches(ProposedRelationRecord r, String entityKey) {
    return r.getArg0().equals(entityKey) || r.getArg1().equals(entityKey);
  }
}
