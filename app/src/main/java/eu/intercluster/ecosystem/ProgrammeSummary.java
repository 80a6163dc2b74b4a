package eu.intercluster.ecosystem;

import java.util.List;

public record ProgrammeSummary(long id, String key, String name, ProgrammeKind kind,
    List<String> themes) {

  public RecordRef ref() {
    return new RecordRef(RecordKind.PROGRAMME, id, key, name);
  }
}
