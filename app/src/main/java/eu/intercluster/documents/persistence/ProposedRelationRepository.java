package eu.intercluster.documents.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposedRelationRepository extends JpaRepository<ProposedRelationRecord, Long> {

  List<ProposedRelationRecord> findByDocumentIdOrderByIdAsc(Long documentId);

  /** Rows of [document id, status, count] for all documents. */
  @Query("select r.documentId, r.status, count(r) from ProposedRelationRecord r group by r.documentId, r.status")
  List<Object[]> countByDocumentAndStatus();
}
