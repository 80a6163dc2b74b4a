package eu.intercluster.meetings.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RequestPairRepository extends JpaRepository<RequestPairRecord, Long> {

  Optional<RequestPairRecord> findByEventIdAndLowParticipantIdAndHighParticipantId(long eventId, long low, long high);

  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("delete from RequestPairRecord p where p.requestId = ?1")
  int deleteByRequest(long requestId);
}
