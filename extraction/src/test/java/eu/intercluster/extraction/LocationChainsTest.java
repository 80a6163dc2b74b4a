package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A located thing keeps its most specific place, not every place of the chain. */
class LocationChainsTest {
  @Test
  void aLinkThatAnotherLinkOfTheSameThingLeadsThroughIsDropped() {
    List<Relation> out = LocationChains.mostSpecific(List.of(
        new Relation("LOCATED_IN", "EV1", "PL1", null),
        new Relation("LOCATED_IN", "PL1", "PL2", null),
        new Relation("LOCATED_IN", "EV1", "PL2", null),
        new Relation("ORGANISED", "O1", "EV1", null)));
    assertThat(out).containsExactly(
        new Relation("LOCATED_IN", "EV1", "PL1", null),
        new Relation("LOCATED_IN", "PL1", "PL2", null),
        new Relation("ORGANISED", "O1", "EV1", null));
  }

  @Test
  void placesThatAreNotChainedAreAllKept() {
    List<Relation> in = List.of(
        new Relation("LOCATED_IN", "EV1", "PL1", null),
        new Relation("LOCATED_IN", "EV1", "PL2", null),
        new Relation("LOCATED_IN", "PL3", "PL2", null));
    assertThat(LocationChains.mostSpecific(in)).isEqualTo(in);
  }

  @Test
  void aFairInACityOfACountryIsLocatedInTheCityOnly() {
    ExtractedDocument doc = run("Twelve Welsh companies will exhibit at the Medica fair in Düsseldorf, "
        + "Germany, from 17 to 20 November.");
    Entity city = entity(doc, EntityType.PLACE, "Düsseldorf");
    Entity country = entity(doc, EntityType.PLACE, "Germany");
    Entity fair = entity(doc, EntityType.EVENT, "Medica");
    assertThat(has(doc, "LOCATED_IN", fair, city)).isTrue();
    assertThat(has(doc, "LOCATED_IN", city, country)).isTrue();
    assertThat(has(doc, "LOCATED_IN", fair, country)).isFalse();
  }
}
