package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The typed links between records, and the source documents they are quoted from. */
public interface RelationService {

  Page<RelationView> list(RelationType type, Pageable pageable);

  RelationView get(long id);

  /** @throws eu.intercluster.system.InvalidInputException when an end or the source does not exist */
  RelationView create(RelationInput input);

  void delete(long id);

  /** Every relation touching the record. */
  List<RelationView> touching(RecordKind kind, long id);

  List<SourceRef> sources();
}
