package eu.intercluster.outcomes.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface MeetingOutcomeRepository extends JpaRepository<MeetingOutcomeRecord, Long> {

  Optional<MeetingOutcomeRecord> findByMeetingId(long meetingId);

  /** The row locked for the rest of the transaction, so that two clicks write one relation. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<MeetingOutcomeRecord> findForUpdateByMeetingId(long meetingId);

  List<MeetingOutcomeRecord> findByEventId(long eventId);
}
