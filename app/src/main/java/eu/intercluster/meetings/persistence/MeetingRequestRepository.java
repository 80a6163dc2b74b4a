package eu.intercluster.meetings.persistence;

import eu.intercluster.meetings.RequestStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRequestRepository extends JpaRepository<MeetingRequestRecord, Long> {

  List<MeetingRequestRecord> findByEventIdOrderBySentAtAscIdAsc(long eventId);

  List<MeetingRequestRecord> findByEventIdAndStatusOrderBySentAtAscIdAsc(long eventId, RequestStatus status);

  @Query("select r from MeetingRequestRecord r where r.eventId = ?1 and (r.requesterId = ?2 or r.recipientId = ?2)"
      + " order by r.sentAt desc, r.id desc")
  List<MeetingRequestRecord> findOfParticipant(long eventId, long participantId);

  /** Requests a participant sent, except those withdrawn before an answer. */
  @Query("select count(r) from MeetingRequestRecord r where r.eventId = ?1 and r.requesterId = ?2"
      + " and not (r.status = eu.intercluster.meetings.RequestStatus.CANCELLED and r.meetingId is null)")
  long countSentTowardsQuota(long eventId, long requesterId);

  @Query("select r.id from MeetingRequestRecord r where r.status = eu.intercluster.meetings.RequestStatus.PENDING"
      + " and r.expiresAt is not null and r.expiresAt <= ?1 order by r.expiresAt")
  List<Long> findDueForExpiry(Instant now);
}
