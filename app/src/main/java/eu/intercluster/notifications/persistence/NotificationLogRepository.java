package eu.intercluster.notifications.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationLogRepository extends JpaRepository<NotificationLogEntry, Long> {

  List<NotificationLogEntry> findByEventIdOrderByIdAsc(long eventId);

  List<NotificationLogEntry> findByEventIdAndKindOrderByIdAsc(long eventId, String kind);
}
