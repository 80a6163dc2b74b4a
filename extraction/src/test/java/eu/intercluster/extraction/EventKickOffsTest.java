package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kick-off mentions of one text are one event. */
class EventKickOffsTest {
  @Test
  void theKickOffAndTheKickOffMeetingAreOneEvent() {
    ExtractedDocument doc = run("Il meeting di avvio del progetto Terraviva si è tenuto a Pisa il 3 marzo. "
        + "Al kick-off hanno partecipato dodici partner di sei paesi.");
    Entity kickOff = entity(doc, EntityType.EVENT, "meeting di avvio");
    assertThat(kickOff.mentions()).contains("kick-off");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT).map(Entity::text))
        .containsExactly("meeting di avvio");
  }
}
