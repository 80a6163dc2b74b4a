package eu.intercluster.outcomes.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<FeedbackRecord, Long> {

  Optional<FeedbackRecord> findByMeetingIdAndParticipantId(long meetingId, long participantId);

  List<FeedbackRecord> findByMeetingIdOrderByParticipantId(long meetingId);

  List<FeedbackRecord> findByEventId(long eventId);
}
