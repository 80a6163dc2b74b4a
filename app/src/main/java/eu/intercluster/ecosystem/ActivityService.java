package eu.intercluster.ecosystem;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ActivityService {

  Page<ActivitySummary> search(String q, ActivityKind kind, String theme, Pageable pageable);

  ActivityDetails get(long id);

  ActivitySummary create(ActivityInput input);

  /** Organisers and participants are synchronised as relations. */
  ActivitySummary update(long id, ActivityInput input);

  /** Deletes the activity and its relations; refused when sub-activities refer to it. */
  void delete(long id);

  List<RecordRef> options();
}
