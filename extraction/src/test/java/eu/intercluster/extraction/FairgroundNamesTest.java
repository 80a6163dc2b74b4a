package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A fair-ground word and a town are a venue (session 13). */
class FairgroundNamesTest {
  @Test
  void aFairGroundWordAndATownAreAVenue() {
    entity(run("Le imprese esporranno a Fiera Milano dal 3 al 6 maggio nell'ambito del salone Tecnoplast."),
        EntityType.PLACE, "Fiera Milano");
    entity(run("The matchmaking takes place at the Messe Berlin on 4 June during the fair."),
        EntityType.PLACE, "Messe Berlin");
  }

  @Test
  void aTownBeforeMesseIsAFair() {
    ExtractedDocument doc = run("The cluster will exhibit at Hannover Messe in April with ten firms.");
    assertThat(doc.entities()).noneSatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.PLACE);
      assertThat(e.text()).isEqualTo("Hannover Messe");
    });
  }
}
