package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The business meetings of one text are one event. */
class EventB2bSessionsTest {
  @Test
  void b2bMeetingsUnderTwoNamesAreOneEvent() {
    ExtractedDocument doc = run("Sono stati oltre novanta gli incontri B2B tra le imprese del legno e i buyer "
        + "sloveni. Gli incontri d'affari si sono svolti nella sede della Camera di commercio di Udine.");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT)
        .filter(e -> "b2b".equals(e.attributes().get("kind"))).map(Entity::text)).containsExactly("incontri B2B");
  }
}
