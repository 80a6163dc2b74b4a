package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.RecordKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RelationRepository extends JpaRepository<Relation, Long>,
    org.springframework.data.jpa.repository.JpaSpecificationExecutor<Relation> {

  @Query("""
      select r from Relation r left join fetch r.source
      where (r.fromKind = :kind and r.fromId = :id) or (r.toKind = :kind and r.toId = :id)
      order by r.type, r.id""")
  List<Relation> findTouching(RecordKind kind, Long id);

  @Query("""
      select r from Relation r
      where (r.fromKind = :kind and r.fromId in :ids) or (r.toKind = :kind and r.toId in :ids)""")
  List<Relation> findTouchingAny(RecordKind kind, Collection<Long> ids);

  @Query("select r from Relation r left join fetch r.source")
  List<Relation> findAllWithSource();
}
