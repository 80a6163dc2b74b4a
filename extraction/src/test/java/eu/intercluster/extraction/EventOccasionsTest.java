package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Common event nouns that name an occasion of their own, not one more mention of the main event. */
class EventOccasionsTest {
  @Test
  void aKickOffMeetingIsAnEventOfItsOwnPartOfTheMainOne() {
    ExtractedDocument doc = run("The Nordwind Energy Fair opened in Bergen on Monday. "
        + "The kick-off meeting of the partners took place on the same day.");
    Entity forum = entity(doc, EntityType.EVENT, "Nordwind Energy Fair");
    Entity kickOff = entity(doc, EntityType.EVENT, "kick-off meeting");
    assertTrue(has(doc, "PART_OF", kickOff, forum));
  }

  @Test
  void aWorkshopAndAReturnMissionAreNotTheMission() {
    ExtractedDocument doc = run("La missione si è svolta a Lione in marzo. Durante la missione si è tenuto un "
        + "workshop sulle imprese. La missione di ritorno è prevista a settembre.");
    entity(doc, EntityType.EVENT, "missione");
    entity(doc, EntityType.EVENT, "workshop");
    entity(doc, EntityType.EVENT, "missione di ritorno");
  }

  @Test
  void anAwardIsAnEvent() {
    entity(run("The Coastal Innovation Award went to a startup from Aveiro."), EntityType.EVENT,
        "Coastal Innovation Award");
    entity(run("Il Premio Brenta Innovazione è stato consegnato ieri a Padova."), EntityType.EVENT,
        "Premio Brenta Innovazione");
  }

  @Test
  void aWorkshopInATextAboutASeminarIsThatSeminar() {
    ExtractedDocument doc = run("The seminar on alpine forests was held in Trento. "
        + "The workshop was opened by the mayor.");
    assertTrue(entity(doc, EntityType.EVENT, "seminar").mentions().contains("workshop"), doc.entities()::toString);
  }

  @Test
  void theRibbonCuttingAndTheCeremonyAreOneEvent() {
    ExtractedDocument doc = run("Con il taglio del nastro è stato inaugurato ieri a Rovigo il laboratorio di "
        + "robotica agricola. Alla cerimonia erano presenti il sindaco e i ricercatori del centro.");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT).map(Entity::text))
        .containsExactly("taglio del nastro");
  }
}
