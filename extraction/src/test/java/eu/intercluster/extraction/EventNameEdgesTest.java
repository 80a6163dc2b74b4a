package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;

import org.junit.jupiter.api.Test;

/** Session 9: where an event's mention ends: the town it is held in, a travelling group's demonym. */
class EventNameEdgesTest {
  @Test
  void aFairsNameEndsBeforeItsTown() {
    var doc = run("Quest'anno le imprese saranno alla Velvet Packaging Week di Torino con uno stand comune.");
    entity(doc, EntityType.EVENT, "Velvet Packaging Week");
    entity(doc, EntityType.PLACE, "Torino");
  }

  @Test
  void aNameOfEventWordsAndAdjectivesKeepsItsTown() {
    entity(run("Il sindaco ha parlato al Forum Internazionale di Torino."), EntityType.EVENT,
        "Forum Internazionale di Torino");
  }

  @Test
  void aDemonymAfterAMissionBelongsToIt() {
    entity(run("La misión empresarial gallega recorrió tres fábricas en Oporto."), EntityType.EVENT,
        "misión empresarial gallega");
  }
}
