package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which date an event or agreement takes (session 13). */
class EventDatesTest {
  private static String dateOf(String text, EntityType type, String name) {
    Object date = entity(run(text), type, name).attributes().get("date");
    return date == null ? null : ((DateValue) date).text();
  }

  @Test
  void aDateThatNamesADayBeatsAVaguerOneInTheSameSentence() {
    assertThat(dateOf("Ravenna, 9 aprile 2026 – Ieri il laboratorio ha aperto le porte con la cerimonia di"
        + " inaugurazione dei corsi in partenza a settembre.", EntityType.EVENT, "cerimonia di inaugurazione"))
        .isEqualTo("Ieri");
    assertThat(dateOf("On 4 and 5 May the firms met in Turku at the workshop that opens the plan for next month.",
        EntityType.EVENT, "workshop")).isEqualTo("4 and 5 May");
  }

  @Test
  void frenchRangeEndingOnTheFirstAndSpanishNextDay() {
    assertThat(DateRecogniserTestSupport.values("La mission a lieu du 28 janvier au 1er février à Lyon.", "fr"))
        .containsKey("du 28 janvier au 1er février");
    assertThat(DateRecogniserTestSupport.values("La jornada será el próximo 10 de marzo en Lugo.", "es"))
        .containsKey("el próximo 10 de marzo");
  }

  @Test
  void anUndatedCeremonyOrAgreementTakesTheDayTheLeadReportsBelowAByline() {
    String text = "Nuovo laboratorio a Varese\n\nSommario uno. Sommario due.\n\ndi Anna Rossi\n\nVarese, 3 aprile 2026 –"
        + " È stato inaugurato questa mattina il laboratorio di robotica.\n\nAl taglio del nastro era presente il sindaco."
        + "\n\nIl Comune e la Fondazione Brera hanno firmato un protocollo d'intesa per la formazione.";
    ExtractedDocument doc = run(text);
    assertThat(((DateValue) entity(doc, EntityType.EVENT, "taglio del nastro").attributes().get("date")).iso())
        .isEqualTo("2026-04-03");
    assertThat(((DateValue) entity(doc, EntityType.AGREEMENT, "protocollo d'intesa").attributes().get("date")).iso())
        .isEqualTo("2026-04-03");
  }
}
