package eu.intercluster.documents;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import java.util.List;

/**
 * The review of what was read from documents. Every action runs in one transaction: it either
 * writes everything it implies to the map (with the document as source and the quoted sentence)
 * or nothing. Accepting twice is harmless.
 */
public interface ReviewQueue {

  /** Newest first. */
  List<DocumentSummary> documents();

  /** @throws eu.intercluster.system.NotFoundException when there is no such document */
  DocumentReview review(long documentId);

  /**
   * Accepts the entity as the existing record. A person's stated role at an accepted organisation is
   * written with the document as source.
   *
   * @throws eu.intercluster.system.InvalidInputException when the record does not exist or has a kind the
   *     entity cannot be
   * @throws eu.intercluster.system.ConflictException when it was already accepted as another record and
   *     relations were written with it, or was rejected
   */
  RecordRef link(long documentId, long entityId, RecordKind kind, long recordId);

  /**
   * Accepts the entity as a new record of its kind with the given name and subkind.
   *
   * @throws eu.intercluster.ecosystem.PossibleDuplicateException for an organisation whose name or alias
   *     exists, unless {@code allowSimilar}
   */
  RecordRef create(long documentId, long entityId, NewRecord input, boolean allowSimilar);

  /** Accepts a THEME entity as a theme code (its norm unless another is given). */
  void acceptTheme(long documentId, long entityId, String themeCode);

  /** Rejects the entity and every pending relation that needs it. Refused when written relations use it. */
  void reject(long documentId, long entityId);

  /**
   * Writes the relation to the map and returns the map relation's id; refused until both ends are accepted.
   * {@code HAS_THEME} has no relation on the map: the theme is added to the record and null is returned.
   */
  Long acceptRelation(long documentId, long relationId);

  void rejectRelation(long documentId, long relationId);
}
