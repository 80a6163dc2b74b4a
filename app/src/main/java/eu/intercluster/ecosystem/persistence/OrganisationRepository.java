package eu.intercluster.ecosystem.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

  Optional<Organisation> findByRecordKey(String recordKey);

  @Query("select distinct o.country from Organisation o where o.country is not null order by o.country")
  List<String> findCountries();

  @Query("select distinct o.region from Organisation o where o.region is not null order by o.region")
  List<String> findRegions();

  @Query("select o from Organisation o where o.searchText like concat('%', :term, '%')")
  List<Organisation> findBySearchTextContaining(String term);
}
