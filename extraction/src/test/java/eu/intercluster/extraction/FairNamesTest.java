package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fair and festival names without a cue word, on written sentences: the context (a fair noun, an edition, an
 * occasion, a stand, a year after) makes them events, and their other mentions in the text follow.
 */
class FairNamesTest {
  @Test
  void aNameWithAYearAfterItIsAnEventAndItsRepeatsFollow() {
    ExtractedDocument en = run("Twelve firms from Tuscany will exhibit at Vinexpa 2026 in Paris. "
        + "Vinexpa is organised by Comexposium.");
    assertThat(entity(en, EntityType.EVENT, "Vinexpa 2026").attribute("kind")).isEqualTo("fair");
    assertThat(en.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().equals("Vinexpa"));
  }

  @Test
  void aFairNounAnEditionOrAnOccasionBeforeANameMakesItAnEvent() {
    ExtractedDocument it = run("La Regione porta trenta imprese alla fiera Tessilmoda.");
    entity(it, EntityType.EVENT, "Tessilmoda");
    ExtractedDocument fr = run("Quarante producteurs de Bretagne ont signé des contrats lors du Vinalia, à Nantes.");
    entity(fr, EntityType.EVENT, "Vinalia");
    ExtractedDocument es = run("Las empresas viajaron a Madrid coincidiendo con Fruticola. Fruticola cerró ayer.");
    entity(es, EntityType.EVENT, "Fruticola");
  }
}
