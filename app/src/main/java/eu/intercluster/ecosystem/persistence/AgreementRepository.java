package eu.intercluster.ecosystem.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

  Optional<Agreement> findByRecordKey(String recordKey);

  java.util.List<Agreement> findBySigningPlaceId(Long placeId);
}
