package eu.intercluster.ecosystem;

import java.time.LocalDate;
import java.util.List;

public record AgreementSummary(long id, String key, String title, AgreementKind kind,
    AgreementStatus status, LocalDate signedOn, List<RecordRef> parties, List<String> themes) {

  public RecordRef ref() {
    return new RecordRef(RecordKind.AGREEMENT, id, key, title);
  }
}
