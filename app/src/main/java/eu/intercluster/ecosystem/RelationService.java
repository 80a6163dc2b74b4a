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

  /**
   * Records a source document (an article, a press release) that facts are quoted from, or updates
   * the one with the same key.
   */
  SourceRef registerSource(String key, String title, String language, java.time.LocalDate publishedOn,
      String url, String origin);
}
