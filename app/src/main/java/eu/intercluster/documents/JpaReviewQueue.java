package eu.intercluster.documents;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue on the proposal tables. Each action is one transaction that joins the map
 * services' own, so a refused write (an unknown record, a possible duplicate) leaves nothing behind.
 * Reading is {@link ReviewView}; decisions are {@link EntityDecisions} and {@link RelationDecisions}.
 */
@Service
@Transactional(readOnly = true)
class JpaReviewQueue implements ReviewQueue {

  private final ReviewView view;
  private final EntityDecisions entityDecisions;
  private final RelationDecisions relationDecisions;

  JpaReviewQueue(ReviewView view, EntityDecisions entityDecisions, RelationDecisions relationDecisions) {
    this.view = view;
    this.entityDecisions = entityDecisions;
    this.relationDecisions = relationDecisions;
  }

  @Override
  public List<DocumentSummary> documents() {
    return view.documents();
  }

  @Override
  public DocumentReview review(long documentId) {
    return view.review(documentId);
  }

  @Override
  @Transactional
  public RecordRef link(long documentId, long entityId, RecordKind kind, long recordId) {
    return entityDecisions.link(documentId, entityId, kind, recordId);
  }

  @Override
  @Transactional
  public RecordRef create(long documentId, long entityId, NewRecord input, boolean allowSimilar) {
    return entityDecisions.create(documentId, entityId, input, allowSimilar);
  }

  @Override
  @Transactional
  public void acceptTheme(long documentId, long entityId, String themeCode) {
    entityDecisions.acceptTheme(documentId, entityId, themeCode);
  }

  @Override
  @Transactional
  public void reject(long documentId, long entityId) {
    entityDecisions.reject(documentId, entityId);
  }

  @Override
  @Transactional
  public Long acceptRelation(long documentId, long relationId) {
    return relationDecisions.accept(documentId, relationId);
  }

  @Override
  @Transactional
  public void rejectRelation(long documentId, long relationId) {
    relationDecisions.reject(documentId, relationId);
  }
}
