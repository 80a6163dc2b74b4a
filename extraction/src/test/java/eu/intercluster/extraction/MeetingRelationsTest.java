package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MEETS around a mission. */
class MeetingRelationsTest {
  @Test
  void twoOrganisersOfTheMissionDoNotMeetEachOther() {
    ExtractedDocument doc = run("Si è chiusa ieri la missione in Cile organizzata dalla Camera di Commercio di Lucca "
        + "e dall'Agenzia ICE. A Santiago le imprese hanno incontrato l'Agenzia ICE e la Cámara Chilena de la "
        + "Construcción.");
    Entity chamber = entity(doc, EntityType.ORG, "Camera di Commercio di Lucca");
    Entity ice = entity(doc, EntityType.ORG, "Agenzia ICE");
    assertThat(has(doc, "MEETS", chamber, ice) || has(doc, "MEETS", ice, chamber)).isFalse();
    assertThat(has(doc, "MEETS", chamber, entity(doc, EntityType.ORG, "Cámara Chilena de la Construcción"))).isTrue();
  }
  @Test
  void theHostThatReceivesTheMissionMeetsItsOrganiser() {
    ExtractedDocument doc = run("Si è chiusa ieri la missione in Cile organizzata dalla Camera di Commercio di Lucca. "
        + "A Santiago la delegazione è stata ricevuta dalla Cámara Chilena de la Construcción.");
    assertThat(has(doc, "MEETS", entity(doc, EntityType.ORG, "Camera di Commercio di Lucca"),
        entity(doc, EntityType.ORG, "Cámara Chilena de la Construcción"))).isTrue();
  }
}
