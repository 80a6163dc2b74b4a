package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Participants named after "with the participation of" and in a list that goes on from the sentence before. */
class ParticipationCuesTest {
  @Test
  void theBodiesAfterWithTheParticipationOfTakePartInTheEventOfTheSentence() {
    ExtractedDocument doc = run("Il Kestrel Robotics Forum si è svolto a Lione il 3 maggio, con la partecipazione "
        + "della Norvane Systems S.r.l. e della Brightmoor Robotics GmbH.");
    Entity forum = entity(doc, EntityType.EVENT, "Kestrel Robotics Forum");
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Norvane Systems S.r.l."), forum)).isTrue();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Brightmoor Robotics GmbH"), forum)).isTrue();
  }

  @Test
  void aListOfMembersOfTheGroupBeforeTakesPartInThatGroupsEvent() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum opened in Oslo on 3 May. Twelve companies came with a "
        + "Welsh delegation. Among them are Norvane Systems Ltd, a maker of grippers, and Brightmoor "
        + "Robotics Ltd.");
    Entity delegation = entity(doc, EntityType.EVENT, "Welsh delegation");
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Norvane Systems Ltd"), delegation)).isTrue();
    assertThat(has(doc, "PARTICIPATED", entity(doc, EntityType.ORG, "Brightmoor Robotics Ltd"), delegation)).isTrue();
  }

  @Test
  void aListAfterASentenceThatNamesNeitherAnEventNorParticipantsIsLeftAlone() {
    ExtractedDocument doc = run("The Kestrel Robotics Forum opened in Oslo on 3 May. The region funds forty projects "
        + "in robotics. Among them are Norvane Systems Ltd and Brightmoor Robotics Ltd.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("PARTICIPATED"));
  }
}
