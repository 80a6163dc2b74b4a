package eu.intercluster.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An agreement is signed at a city, a venue or an event, never at a whole country, region, continent or sea: "the
 * two clusters signed the memorandum in Marseille ... to open the markets of North Africa" signs in Marseille, not in
 * North Africa. The rules and the relation classifier link an agreement to a wide area the signing sentence names
 * as the agreement's scope or the parties' home; in the annotated texts such links were wrong 33 times in 36.
 */
final class SigningPlaces {
  private static final Set<String> WIDE_AREAS = Set.of("country", "region", "continent", "sea");

  private SigningPlaces() {}

  static List<Relation> withoutWideAreas(List<Relation> relations, List<Entity> entities) {
    Set<String> wide = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PLACE && WIDE_AREAS.contains(String.valueOf(e.attributes().get("kind")))) {
        wide.add(e.id());
      }
    }
    return relations.stream().filter(r -> !r.type().equals("SIGNED_AT") || !wide.contains(r.arg1())).toList();
  }
}
