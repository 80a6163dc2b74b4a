package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FUNDED_BY from an amount and the programme it comes from (guide, 4; session 19). */
class AmountFundingRelationsTest {
  @Test
  void anItalianCallsAmountComesFromTheRegionalProgramme() {
    ExtractedDocument doc = run("La Regione ha aperto il bando “Filiere Verdi Arvena”, che mette a disposizione 5 milioni"
        + " di euro a valere sul Programma regionale FESR 2021-2027.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.PROGRAMME, "Filiere Verdi Arvena"),
        entity(doc, EntityType.PROGRAMME, "Programma regionale FESR 2021-2027"))).isTrue();
  }

  @Test
  void anEnglishProjectsBudgetComesFromTheFund() {
    ExtractedDocument doc = run("The project SEAVOLT, worth €2.4 million from the European Regional Development Fund, "
        + "starts in May.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.PROGRAMME, "SEAVOLT"),
        entity(doc, EntityType.PROGRAMME, "European Regional Development Fund"))).isTrue();
  }
}
