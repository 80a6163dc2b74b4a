package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;

import org.junit.jupiter.api.Test;

/** Session 14's event-phrase edges, on written sentences. */
class EventNounPhrasesTest {
  @Test
  void aSubEventMayStartWithAnAcronym() {
    entity(run("The visitors held B2B meetings with buyers in Oporto."), EntityType.EVENT, "B2B meetings");
  }

  @Test
  void theRoundOfASubEventBelongsToIt() {
    entity(run("La séance de rendez-vous d’affaires a eu lieu à Rouen."), EntityType.EVENT,
        "séance de rendez-vous d’affaires");
    entity(run("La jornada de reuniones bilaterales tuvo lugar en Soria."), EntityType.EVENT,
        "jornada de reuniones bilaterales");
  }

  @Test
  void aDescriptiveAdjectiveAfterTheNounBelongsToIt() {
    entity(run("Il seminario tecnico si è tenuto a Lucca."), EntityType.EVENT, "seminario tecnico");
    entity(run("L’assemblea generale annuale si è tenuta a Pesaro."), EntityType.EVENT, "assemblea generale annuale");
  }

  @Test
  void englishModifiersBeforeTheNounBelongToIt() {
    entity(run("The follow-up mission went to Osaka in May."), EntityType.EVENT, "follow-up mission");
    entity(run("A side event was held in Turku."), EntityType.EVENT, "side event");
  }

  @Test
  void theNextEventKeepsItsAdjective() {
    entity(run("Il prossimo incontro si terrà a Udine."), EntityType.EVENT, "prossimo incontro");
  }

  @Test
  void aFairsTitleEndsBeforeItsTown() {
    ExtractedDocument doc = run("Le imprese saranno alla fiera Nordic Tile Show di Verona a maggio.");
    entity(doc, EntityType.EVENT, "Nordic Tile Show");
    entity(doc, EntityType.PLACE, "Verona");
  }

  @Test
  void aNameFollowedByAYearOrATakesPlaceIsAFair() {
    entity(run("The agency announced that Florimex 2026 will open a new hall."), EntityType.EVENT, "Florimex 2026");
    entity(run("The organisers said that Brevantia will take place in Ghent."), EntityType.EVENT, "Brevantia");
  }

  @Test
  void aDelegationInATextWithoutAMissionIsAnEventOfItsOwn() {
    ExtractedDocument doc = run("The delegation visited the port of Genoa on Tuesday. The seminar was held in Turin.");
    entity(doc, EntityType.EVENT, "delegation");
    entity(doc, EntityType.EVENT, "seminar");
  }
}
