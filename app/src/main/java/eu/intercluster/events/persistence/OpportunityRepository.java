package eu.intercluster.events.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpportunityRepository extends JpaRepository<OpportunityEntity, Long> {

  List<OpportunityEntity> findByParticipantIdOrderByIdAsc(long participantId);

  List<OpportunityEntity> findByParticipantIdInOrderByIdAsc(Collection<Long> participantIds);
}
