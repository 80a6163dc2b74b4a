package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body that hosts a network's advisers or desk is PART_OF the network. */
class NetworkDesksTest {
  @Test
  void theBodyAfterANetworkAdviserIsPartOfTheNetwork() {
    ExtractedDocument doc = run("\"The meetings went well,\" said Mara Colli, Enterprise Europe Network adviser at "
        + "Vellano Enterprise.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Vellano Enterprise"),
        entity(doc, EntityType.ORG, "Enterprise Europe Network"))).isTrue();
  }

  @Test
  void bothBodiesHostingTheNetworksDesksArePartOfIt() {
    ExtractedDocument doc = run("Le imprese possono rivolgersi agli sportelli della rete Enterprise Europe Network "
        + "presso Confindustria Vellano e la Camera di Commercio di Norvale.");
    Entity network = entity(doc, EntityType.ORG, "Enterprise Europe Network");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Confindustria Vellano"), network)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Camera di Commercio di Norvale"), network)).isTrue();
  }
}
