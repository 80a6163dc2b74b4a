package eu.intercluster.events.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<VisitEntity, Long> {

  List<VisitEntity> findByEventIdOrderByDayAscStartMinuteAscIdAsc(long eventId);
}
