package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;

/** Paths of the ecosystem API. */
final class ApiPaths {

  static final String BASE = "/api/v1";

  private ApiPaths() {}

  static String of(RecordRef ref) {
    return of(ref.kind(), ref.id());
  }

  static String of(RecordKind kind, long id) {
    return BASE + "/" + kind.path() + "/" + id;
  }

  static String relationsOf(RecordKind kind, long id) {
    return of(kind, id) + "/relations";
  }
}
