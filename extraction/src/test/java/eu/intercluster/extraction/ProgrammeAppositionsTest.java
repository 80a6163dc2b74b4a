package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 15: an apposition that calls a name a project, past a demonym, an amount or the name's parenthesis. */
class ProgrammeAppositionsTest {
  @Test
  void aProjectAppositionMayHoldADemonymOrAnAmount() {
    ExtractedDocument en = run("The city of Varno leads KORVANET, a new European project on grid sensors.");
    entity(en, EntityType.PROGRAMME, "KORVANET");
    ExtractedDocument pl = run("The hall was built within SOLMARA-PL, a PLN 40 million project co-financed by the region.");
    entity(pl, EntityType.PROGRAMME, "SOLMARA-PL");
  }

  @Test
  void aParenthesisBetweenTheNameAndTheAppositionIsSkipped() {
    ExtractedDocument it = run("Ieri è partito TESSIL-ALP (Tessuti Lombardi in Alpe), il progetto finanziato dalla Regione.");
    entity(it, EntityType.PROGRAMME, "TESSIL-ALP");
  }

  @Test
  void theCoordinatorOfAProjectStaysAnOrganisation() {
    ExtractedDocument en = run("The meeting was opened by Kestrova, the coordinator of the project, in Varno.");
    entity(en, EntityType.ORG, "Kestrova");
    assertThat(en.entities()).noneMatch(e -> e.type() == EntityType.PROGRAMME && e.text().equals("Kestrova"));
  }
}
