package eu.intercluster.ecosystem.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRoleRepository extends JpaRepository<PersonRole, Long> {

  @Query("select r from PersonRole r join fetch r.person left join fetch r.source where r.organisation.id = :organisationId order by r.person.name")
  List<PersonRole> findByOrganisation(Long organisationId);
}
