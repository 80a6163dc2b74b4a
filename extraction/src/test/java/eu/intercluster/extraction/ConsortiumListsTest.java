package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The partners a project's consortium list names away from the project's name are PART_OF the project. */
class ConsortiumListsTest {
  @Test
  void theConsortiumListAfterTheProjectSentenceNamesItsPartners() {
    ExtractedDocument doc = run("Vellano, 3 February 2026 – The University of Vellano has launched TIDEWARD, a "
        + "four-year research project on coastal sensors.\n\nThe consortium includes the Dravik Institute of "
        + "Technology, the Norwegian research organisation Selmar Ocean and Brightwave Robotics ApS.");
    Entity project = entity(doc, EntityType.PROGRAMME, "TIDEWARD");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Dravik Institute of Technology"), project)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Brightwave Robotics ApS"), project)).isTrue();
  }

  @Test
  void theCoordinatorOfTheProjectIsNotAlsoAListedPartner() {
    ExtractedDocument doc = run("El proyecto transfronterizo VIALMAR arranca en Vellano.\n\nEl proyecto está "
        + "liderado por la Agencia de Puertos de Norvale y reúne a cuatro socios: la Universidad de Vellano, la "
        + "Cámara de Comercio de Dravia y la empresa Selmar Logística S.L.");
    Entity project = entity(doc, EntityType.PROGRAMME, "VIALMAR");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Universidad de Vellano"), project)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Selmar Logística S.L."), project)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Agencia de Puertos de Norvale"), project)).isFalse();
  }

  @Test
  void theBulletedLinesAfterAPartnersHeaderArePartners() {
    ExtractedDocument doc = run("Parte da Vellano il progetto europeo MARETIDE.\n\nIl progetto MARETIDE è "
        + "coordinato dall'Università di Vellano. Il consorzio riunisce dodici partner. Tra questi:\n"
        + "- l'azienda norvegese Selmar Robotics AS;\n- Dravik Composites GmbH.\n\nIl kick-off si è svolto ieri.");
    Entity project = entity(doc, EntityType.PROGRAMME, "MARETIDE");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Selmar Robotics AS"), project)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Dravik Composites GmbH"), project)).isTrue();
  }
}
