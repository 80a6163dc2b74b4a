package eu.intercluster.documents.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<DocumentRecord, Long> {

  Optional<DocumentRecord> findByBodySha256(String bodySha256);

  List<DocumentRecord> findAllByOrderByCreatedAtDescIdDesc();
}
