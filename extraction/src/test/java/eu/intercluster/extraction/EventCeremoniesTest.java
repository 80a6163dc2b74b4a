package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ceremony nouns of one text name one event: its award, else its ceremony. */
class EventCeremoniesTest {
  @Test
  void theAwardCeremonyIsTheAward() {
    ExtractedDocument doc = run("Il Premio Valle Innovazione è stato assegnato ieri a Trento a tre giovani imprese. "
        + "Durante la cerimonia di premiazione il sindaco ha consegnato le targhe.");
    Entity award = entity(doc, EntityType.EVENT, "Premio Valle Innovazione");
    assertThat(award.mentions()).contains("cerimonia di premiazione");
  }

  @Test
  void theInaugurationAndItsCeremonyAreOneEvent() {
    ExtractedDocument doc = run("Si è svolta ieri a Lecce la cerimonia di inaugurazione del nuovo laboratorio di "
        + "meccatronica. All'inaugurazione erano presenti il rettore e il presidente della Provincia.");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT)).hasSize(1);
  }
}
