package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 7's event-span fixes, on written sentences. */
class EventSpansTest {
  @Test
  void theYearOfAnEditionBelongsToTheEventsName() {
    entity(run("The Harbour Robotics Forum 2027 will take place in Varna."), EntityType.EVENT,
        "Harbour Robotics Forum 2027");
  }

  @Test
  void anEventNamedAfterTwoSidesStartsWithTheFirst() {
    entity(run("Firms will attend the Norland–Kestia Agritech Forum next spring."), EntityType.EVENT,
        "Norland–Kestia Agritech Forum");
  }

  @Test
  void aCommonEventNounTakesItsComplementOrEnglishModifier() {
    entity(run("La cerimonia di premiazione si è svolta a Lecce."), EntityType.EVENT, "cerimonia di premiazione");
    entity(run("La reunión de lanzamiento tuvo lugar en Jaén."), EntityType.EVENT, "reunión de lanzamiento");
    entity(run("La séance d’information a eu lieu à Namur."), EntityType.EVENT, "séance d’information");
    entity(run("The opening ceremony was held in Cork."), EntityType.EVENT, "opening ceremony");
  }

  @Test
  void participantsTopicsAndTimesAreNoComplement() {
    ExtractedDocument doc = run("La missione di imprese è partita per Seul. Il seminario di oggi si tiene a Pavia.");
    assertThat(doc.entities()).noneMatch(e -> e.text().contains(" di "));
    ExtractedDocument topic = run("La misión de ciberseguridad viajó a Lima.");
    assertThat(topic.entities()).noneMatch(e -> e.type() == EntityType.EVENT && e.text().contains("ciberseguridad"));
  }

  @Test
  void aVerbBeforeACompanysNameEndsAFairsTitle() {
    ExtractedDocument doc = run("Au salon Vallée Expo figuraient Norvane Systèmes SAS et Brightmoor GmbH.");
    entity(doc, EntityType.EVENT, "Vallée Expo");
    entity(doc, EntityType.ORG, "Norvane Systèmes SAS");
    entity(run("Oggi al forum Liguria meets Provence si parla di porti."), EntityType.EVENT, "Liguria meets Provence");
  }

  @Test
  void aClauseAfterAnEventNounIsNoTitle() {
    ExtractedDocument doc = run("During the mission Korvel Robotics signed a supply agreement with Baltic Steel Works.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.EVENT && e.text().contains("Korvel"));
    entity(run("Al forum Adriatico Blu partecipano cento imprese."), EntityType.EVENT, "Adriatico Blu");
  }
}
