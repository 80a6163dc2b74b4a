package eu.intercluster.meetings.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunProgressRepository extends JpaRepository<RunProgressRecord, Long> {

  List<RunProgressRecord> findByRunIdOrderByMillisAscIdAsc(long runId);
}
