package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agreement is signed at a city, venue or event, not at a country, region, continent or sea. */
class SigningPlacesTest {
  private static Entity place(String id, String text, String kind) {
    return new Entity(id, EntityType.PLACE, text, List.of(), Map.of("kind", kind), List.of(), null);
  }

  @Test
  void aSigningLinkToAWideAreaIsDroppedAndOneToACityKept() {
    List<Entity> entities = List.of(place("P1", "Marseille", "city"), place("P2", "North Africa", "region"),
        place("P3", "Morocco", "country"));
    List<Relation> relations = List.of(new Relation("SIGNED_AT", "A1", "P1", null),
        new Relation("SIGNED_AT", "A1", "P2", null), new Relation("SIGNED_AT", "A1", "P3", null),
        new Relation("LOCATED_IN", "P1", "P3", null));
    assertThat(SigningPlaces.withoutWideAreas(relations, entities)).containsExactly(
        new Relation("SIGNED_AT", "A1", "P1", null), new Relation("LOCATED_IN", "P1", "P3", null));
  }
}
