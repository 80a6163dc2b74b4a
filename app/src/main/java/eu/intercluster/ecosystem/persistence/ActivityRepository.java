package eu.intercluster.ecosystem.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ActivityRepository extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

  Optional<Activity> findByRecordKey(String recordKey);

  java.util.List<Activity> findByParentId(Long parentId);

  java.util.List<Activity> findByPlaceId(Long placeId);

  java.util.List<Activity> findByProgrammeId(Long programmeId);
}
