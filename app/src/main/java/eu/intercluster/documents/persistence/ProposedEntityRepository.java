package eu.intercluster.documents.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposedEntityRepository extends JpaRepository<ProposedEntityRecord, Long> {

  List<ProposedEntityRecord> findByDocumentIdOrderByIdAsc(Long documentId);

  Optional<ProposedEntityRecord> findByDocumentIdAndEntityKey(Long documentId, String entityKey);

  /** Rows of [document id, status, count] for all documents. */
  @Query("select e.documentId, e.status, count(e) from ProposedEntityRecord e group by e.documentId, e.status")
  List<Object[]> countByDocumentAndStatus();
}
