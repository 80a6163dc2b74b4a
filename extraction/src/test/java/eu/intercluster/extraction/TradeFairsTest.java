package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 15: international trade fairs that are general knowledge are events without an event noun. */
class TradeFairsTest {
  @Test
  void aKnownFairIsAnEventWithoutAnEventNoun() {
    ExtractedDocument it = run("Dodici aziende marchigiane esporranno a Gulfood con uno stand collettivo.");
    assertThat(entity(it, EntityType.EVENT, "Gulfood").attribute("kind")).isEqualTo("fair");
    ExtractedDocument en = run("Velora Foods will exhibit at Macfrut 2026 in Rimini.");
    entity(en, EntityType.EVENT, "Macfrut 2026");
  }

  @Test
  void aFairsNameInsideALongerNameIsLeftToIt() {
    ExtractedDocument en = run("Korvel presented its sensor at the MEDICA Tech Forum on Tuesday.");
    assertThat(en.entities()).noneMatch(e -> e.text().equals("MEDICA"));
  }
}
