package eu.intercluster.ecosystem;

import java.time.LocalDate;
import java.util.List;

public record ActivitySummary(long id, String key, String title, ActivityKind kind,
    LocalDate startDate, LocalDate endDate, String dateText, RecordRef place, List<String> themes) {

  public RecordRef ref() {
    return new RecordRef(RecordKind.ACTIVITY, id, key, title);
  }
}
