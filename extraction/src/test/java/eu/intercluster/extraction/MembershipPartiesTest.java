package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stated membership (guide §3): subjects named in the previous sentence, joining verbs, coordinated bodies. */
class MembershipPartiesTest {
  @Test
  void aSubjectlessMembershipSentenceTakesThePreviousSentencesOrganisation() {
    ExtractedDocument doc = run("Tarvik, 3 May 2026 – Nordiva Robotics Ltd opened a new plant in Tarvik. It is a member "
        + "of the Baltic Robotics Cluster and of the European robotics network RoboLink Europe.");
    Entity nordiva = entity(doc, EntityType.ORG, "Nordiva Robotics Ltd");
    assertThat(has(doc, "PART_OF", nordiva, entity(doc, EntityType.ORG, "Baltic Robotics Cluster"))).isTrue();
    assertThat(has(doc, "PART_OF", nordiva, entity(doc, EntityType.ORG, "RoboLink Europe"))).isTrue();
  }

  @Test
  void joiningVerbsBeforeAnArticulatedPreposition() {
    ExtractedDocument doc = run("Il Consorzio Velmar aderisce al Cluster Tecnologico Marevivo.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Consorzio Velmar"),
        entity(doc, EntityType.ORG, "Cluster Tecnologico Marevivo"))).isTrue();
  }

  @Test
  void beingPartOfANetwork() {
    ExtractedDocument doc = run("La Cámara de Comercio de Valdoria agrupa a 300 empresas. Forma parte de la red "
        + "Cámaras Unidas del Sur.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Cámara de Comercio de Valdoria"),
        entity(doc, EntityType.ORG, "Cámaras Unidas del Sur"))).isTrue();
  }
}
