package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SELECTED_BY between a selected project or company and the body or call that selected it (session 12). */
class SelectionRelationsTest {
  @Test
  void aProjectSelectedUnderACallIsSelectedByIt() {
    ExtractedDocument doc = run("The project LUMINAR, one of the projects selected under the Interreg Euro-MED "
        + "programme, starts in May.");
    assertThat(has(doc, "SELECTED_BY", entity(doc, EntityType.PROGRAMME, "LUMINAR"),
        entity(doc, EntityType.PROGRAMME, "Interreg Euro-MED"))).isTrue();
    assertThat(has(doc, "SELECTED_BY", entity(doc, EntityType.PROGRAMME, "Interreg Euro-MED"),
        entity(doc, EntityType.PROGRAMME, "LUMINAR"))).isFalse();
  }

  @Test
  void anItalianElidedPassiveNamesTheSelector() {
    ExtractedDocument doc = run("La startup Vellano Robotics S.r.l. è stata selezionata dall'Agenzia Spaziale Norvalese "
        + "per il programma di accelerazione.");
    assertThat(has(doc, "SELECTED_BY", entity(doc, EntityType.ORG, "Vellano Robotics S.r.l."),
        entity(doc, EntityType.ORG, "Agenzia Spaziale Norvalese"))).isTrue();
  }
}
