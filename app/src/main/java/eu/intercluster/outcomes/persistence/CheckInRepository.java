package eu.intercluster.outcomes.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckInRecord, Long> {

  List<CheckInRecord> findByEventId(long eventId);

  Optional<CheckInRecord> findByParticipantId(long participantId);
}
