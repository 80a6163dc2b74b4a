package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ProgrammeService {

  Page<ProgrammeSummary> search(String q, ProgrammeKind kind, String theme, Pageable pageable);

  ProgrammeDetails get(long id);

  ProgrammeSummary create(ProgrammeInput input);

  ProgrammeSummary update(long id, ProgrammeInput input);

  /** Refused with the list of references (activities, relations). */
  void delete(long id);

  List<RecordRef> options();
}
