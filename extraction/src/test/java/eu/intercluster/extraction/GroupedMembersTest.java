package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The members a grouping body is said to include are PART_OF it. */
class GroupedMembersTest {
  @Test
  void theMembersAfterTraCuiArePartOfTheCluster() {
    ExtractedDocument doc = run("Il Cluster Marittimo Vellanese conta 124 soci, tra cui Cantieri Norvale S.p.A. e "
        + "Università di Vellano.");
    Entity cluster = entity(doc, EntityType.ORG, "Cluster Marittimo Vellanese");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Cantieri Norvale S.p.A."), cluster)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Università di Vellano"), cluster)).isTrue();
  }

  @Test
  void theCompaniesAClusterGroupsIncludingSomeArePartOfIt() {
    ExtractedDocument doc = run("The delegation met the Norvale Aerospace Cluster, which groups more than 80 companies "
        + "including Vellano Avionics Ltd and Dravik Composites GmbH.");
    Entity cluster = entity(doc, EntityType.ORG, "Norvale Aerospace Cluster");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Vellano Avionics Ltd"), cluster)).isTrue();
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Dravik Composites GmbH"), cluster)).isTrue();
  }

  @Test
  void theAgentOfARecognitionIsNotTheGroupingBody() {
    ExtractedDocument doc = run("Il Cluster Tecnologico Vellanese, riconosciuto dalla Regione Norvale che riunisce "
        + "90 soci, tra cui Dravik Robotics S.r.l., ha approvato il bilancio.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Dravik Robotics S.r.l."),
        entity(doc, EntityType.ORG, "Cluster Tecnologico Vellanese"))).isTrue();
  }
}
