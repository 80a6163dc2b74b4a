package eu.intercluster.notifications.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface NotificationLogRepository extends JpaRepository<NotificationLogEntry, Long> {

  List<NotificationLogEntry> findByEventIdOrderByIdAsc(long eventId);

  List<NotificationLogEntry> findByEventIdAndKindOrderByIdAsc(long eventId, String kind);

  /** Failed mails whose next attempt is due, oldest first. */
  @Query("select e.id from NotificationLogEntry e where e.status = 'FAILED' and e.nextAttemptAt <= ?1 order by e.id")
  List<Long> findDueForRetry(Instant now);

  /**
   * Claims a due retry: only one caller (this node or another) moves the entry from FAILED with
   * this next attempt to RETRYING. Returns 1 when the claim succeeded.
   */
  @Modifying
  @Transactional
  @Query("update NotificationLogEntry e set e.status = 'RETRYING' where e.id = ?1 and e.status = 'FAILED'"
      + " and e.nextAttemptAt = ?2")
  int claimRetry(long id, Instant nextAttemptAt);
}
