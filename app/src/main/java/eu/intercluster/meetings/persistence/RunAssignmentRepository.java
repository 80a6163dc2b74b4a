package eu.intercluster.meetings.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunAssignmentRepository extends JpaRepository<RunAssignmentRecord, Long> {

  List<RunAssignmentRecord> findByRunIdOrderBySlotAscTableNoAsc(long runId);
}
