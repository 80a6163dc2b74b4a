package eu.intercluster.outcomes.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUpRecord, Long> {

  Optional<FollowUpRecord> findByMeetingIdAndParticipantId(long meetingId, long participantId);

  List<FollowUpRecord> findByEventId(long eventId);
}
