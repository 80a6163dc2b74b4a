package eu.intercluster.ecosystem.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceDocumentRepository extends JpaRepository<SourceDocument, Long> {

  Optional<SourceDocument> findByRecordKey(String recordKey);
}
