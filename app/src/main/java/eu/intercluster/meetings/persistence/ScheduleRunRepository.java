package eu.intercluster.meetings.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleRunRepository extends JpaRepository<ScheduleRunRecord, Long> {

  List<ScheduleRunRecord> findByEventIdOrderByIdDesc(long eventId);

  Optional<ScheduleRunRecord> findFirstByEventIdOrderByIdDesc(long eventId);

  List<ScheduleRunRecord> findByStatus(String status);
}
