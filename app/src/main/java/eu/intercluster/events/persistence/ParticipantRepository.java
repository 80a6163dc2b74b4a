package eu.intercluster.events.persistence;

import eu.intercluster.events.ParticipantStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

  List<ParticipantEntity> findByEventIdOrderByIdAsc(long eventId);

  List<ParticipantEntity> findByEventIdAndStatusOrderByFullNameAsc(long eventId, ParticipantStatus status);

  Optional<ParticipantEntity> findByEventIdAndUsername(long eventId, String username);

  Optional<ParticipantEntity> findByCalendarToken(String calendarToken);

  long countByEventIdAndStatus(long eventId, ParticipantStatus status);

  boolean existsByCalendarToken(String calendarToken);
}
