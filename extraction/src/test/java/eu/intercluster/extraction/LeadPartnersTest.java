package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The coordinator or lead partner of a project named in a sentence of its own runs the project. */
class LeadPartnersTest {
  @Test
  void capofilaBeforeOrAfterTheBodyRunsTheProject() {
    ExtractedDocument doc = run("Dune e porti, al via il progetto MARENOVA: 3 milioni per la costa.\n\nCapofila è la "
        + "Fondazione Vellano Ricerca, partner tecnico l'Università di Dravia.\n\nIl progetto BLUEDRAV, di cui "
        + "l'Agenzia Norvale è capofila, durerà tre anni.");
    assertThat(has(doc, "RUN_BY", entity(doc, EntityType.PROGRAMME, "MARENOVA"),
        entity(doc, EntityType.ORG, "Fondazione Vellano Ricerca"))).isTrue();
    assertThat(has(doc, "RUN_BY", entity(doc, EntityType.PROGRAMME, "BLUEDRAV"),
        entity(doc, EntityType.ORG, "Agenzia Norvale"))).isTrue();
  }

  @Test
  void aSentenceOpeningWithItIsLedByNamesTheCoordinator() {
    ExtractedDocument doc = run("The Vellano Port Authority has launched TIDEWARD, a research project on coastal "
        + "sensors.\n\nIt is led by the Dravik Institute of Technology, while Selmar Ocean will test the sensors.");
    assertThat(has(doc, "RUN_BY", entity(doc, EntityType.PROGRAMME, "TIDEWARD"),
        entity(doc, EntityType.ORG, "Dravik Institute of Technology"))).isTrue();
  }
}
