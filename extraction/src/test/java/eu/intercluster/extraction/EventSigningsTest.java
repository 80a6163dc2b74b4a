package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person present at a signing is PRESENT_AT the agreement, not a participant of the event around it. */
class EventSigningsTest {
  @Test
  void presenceAtASigningThatNamesNoAgreementIsNoParticipation() {
    ExtractedDocument doc = run("Rouen, 3 mars 2026 – Valdor Export et Terravia ont signé une convention de partenariat "
        + "lors du salon Agrinova 2026. Le texte a été paraphé par Marie Dubois, présidente de Valdor Export, et Luc "
        + "Martin, directeur de Terravia, en présence de Claire Petit, vice-présidente de la Région Normandie.");
    Entity petit = entity(doc, EntityType.PERSON, "Claire Petit");
    assertThat(has(doc, "PARTICIPATED", petit, entity(doc, EntityType.EVENT, "Agrinova 2026"))).isFalse();
    assertThat(has(doc, "PRESENT_AT", petit, entity(doc, EntityType.AGREEMENT, "convention de partenariat"))).isTrue();
  }
}
