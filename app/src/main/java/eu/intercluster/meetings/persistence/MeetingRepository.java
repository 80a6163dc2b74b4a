package eu.intercluster.meetings.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<MeetingRecord, Long> {

  List<MeetingRecord> findByEventIdOrderByIdAsc(long eventId);

  Optional<MeetingRecord> findByRequestId(long requestId);

  @Query("select m from MeetingRecord m where m.eventId = ?1 and m.cancelled = false"
      + " and (m.requesterId = ?2 or m.partnerId = ?2) order by m.slot, m.id")
  List<MeetingRecord> findActiveOf(long eventId, long participantId);

  @Query("select m from MeetingRecord m where (m.requesterId = ?1 or m.partnerId = ?1) order by m.slot, m.id")
  List<MeetingRecord> findAllOf(long participantId);
}
