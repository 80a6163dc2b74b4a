package eu.intercluster.extraction;

import java.util.List;
import java.util.function.Predicate;

/**
 * The organisation a generic head word of a role phrase refers back to when the text names several of its kind:
 * "il presidente del cluster" in a text of two clusters is the president of the one named last before the role.
 */
final class NearestOrganisation {
  private NearestOrganisation() {}

  /** The organisation passing the test whose mention ends last before {@code at}; null when none is named before. */
  static Ent before(List<Ent> ents, int at, Predicate<Ent> test) {
    Ent found = null;
    int end = -1;
    for (Ent o : ents) {
      if (o.type != EntityType.ORG || !test.test(o)) {
        continue;
      }
      for (Cand c : o.cands) {
        if (c.end <= at && c.end > end) {
          found = o;
          end = c.end;
        }
      }
    }
    return found;
  }
}
