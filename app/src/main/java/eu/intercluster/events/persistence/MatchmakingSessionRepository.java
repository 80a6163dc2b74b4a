package eu.intercluster.events.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchmakingSessionRepository extends JpaRepository<SessionEntity, Long> {

  List<SessionEntity> findByEventId(long eventId);
}
