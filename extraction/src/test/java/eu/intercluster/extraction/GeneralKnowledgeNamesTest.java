package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 15: EU programmes, a network of regions and short country names are general knowledge. */
class GeneralKnowledgeNamesTest {
  @Test
  void euProgrammesWithoutAProgrammeWordArePROGRAMMEs() {
    ExtractedDocument en = run("Rondel Tech will co-invest with Global Gateway in a solar plant near Dakar.");
    entity(en, EntityType.PROGRAMME, "Global Gateway");
    ExtractedDocument it = run("Il Contratto di sviluppo gestito dall'agenzia finanzia due stabilimenti.");
    assertThat(it.entities()).anyMatch(e -> e.type() == EntityType.PROGRAMME && e.text().startsWith("Contratto di"));
    ExtractedDocument es = run("El proyecto Velora recibe fondos de PRIMA para riego inteligente.");
    entity(es, EntityType.PROGRAMME, "PRIMA");
  }

  @Test
  void theVanguardInitiativeIsANetworkNotAProgramme() {
    ExtractedDocument doc = run("Marvena joined the Vanguard Initiative last spring.");
    entity(doc, EntityType.ORG, "Vanguard Initiative");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PROGRAMME);
  }

  @Test
  void shortCountryNamesArePlaces() {
    ExtractedDocument doc = run("The firm sells its valves in the US and in the UK.");
    entity(doc, EntityType.PLACE, "US");
    entity(doc, EntityType.PLACE, "UK");
    ExtractedDocument es = run("La misión viajó a Arabia Saudí en marzo.");
    entity(es, EntityType.PLACE, "Arabia Saudí");
  }
}
