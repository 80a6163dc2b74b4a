package eu.intercluster.meetings.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeetingSeatRepository extends JpaRepository<MeetingSeatRecord, Long> {

  List<MeetingSeatRecord> findByEventIdAndParticipantIdIn(long eventId, java.util.Collection<Long> participantIds);

  List<MeetingSeatRecord> findByEventId(long eventId);

  @Modifying(flushAutomatically = true)
  @Query("delete from MeetingSeatRecord s where s.requestId = ?1")
  int deleteHoldsOf(long requestId);

  @Modifying(flushAutomatically = true)
  @Query("delete from MeetingSeatRecord s where s.meetingId = ?1")
  int deleteSeatsOf(long meetingId);
}
