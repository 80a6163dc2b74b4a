package eu.intercluster.ecosystem;

import java.util.List;

/** A person in a list: name and roles as "role, organisation". */
public record PersonSummary(long id, String key, String name, List<String> roles) {

  public RecordRef ref() {
    return new RecordRef(RecordKind.PERSON, id, key, name);
  }
}
