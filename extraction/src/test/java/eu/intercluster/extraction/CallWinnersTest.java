package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallWinnersTest {
  @Test
  void theProjectsOfACallsRankingAreSelectedByTheCall() {
    ExtractedDocument doc = run("Milano, 3 novembre 2026 – La Giunta regionale ha approvato la graduatoria del bando "
        + "«Filiere Circolari Lombarde». In testa il progetto RECYPLAST, seguito dal progetto TEXLOOP.");
    Entity call = entity(doc, EntityType.PROGRAMME, "Filiere Circolari Lombarde");
    assertThat(has(doc, "SELECTED_BY", entity(doc, EntityType.PROGRAMME, "RECYPLAST"), call)).isTrue();
    assertThat(has(doc, "SELECTED_BY", entity(doc, EntityType.PROGRAMME, "TEXLOOP"), call)).isTrue();
  }

  @Test
  void aCallNamedWithoutItsResultsSelectsNothing() {
    ExtractedDocument doc = run("Milano, 3 novembre 2026 – La Regione Lombardia ha aperto il bando «Filiere Circolari "
        + "Lombarde». Il progetto RECYPLAST, concluso nel 2025, ne ha ispirato i criteri.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("SELECTED_BY"));
  }
}
