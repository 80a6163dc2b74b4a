package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerEntitiesTest {
  private static NerSpan span(String body, String text, int from, EntityType type) {
    int at = body.indexOf(text, from);
    return new NerSpan(at, at + text.length(), type);
  }

  @Test
  void shortFormsJoinTheLongerNameOfTheSameType() {
    String body = "Marta Cossu of the Centro di Ricerca Sardo (CRS4) met Cossu in Cossu Park.";
    Doc doc = new Doc(body, "en");
    List<NerSpan> spans = List.of(span(body, "Marta Cossu", 0, EntityType.PERSON),
        span(body, "Centro di Ricerca Sardo", 0, EntityType.ORG), span(body, "CRS4", 0, EntityType.ORG),
        span(body, "Cossu", 20, EntityType.PERSON), span(body, "Cossu Park", 0, EntityType.PLACE));
    assertThat(NerEntities.tagger(doc, spans)).containsExactlyInAnyOrder(
        new NerEntities.Predicted(EntityType.PERSON, "Marta Cossu"),
        new NerEntities.Predicted(EntityType.ORG, "Centro di Ricerca Sardo"),
        new NerEntities.Predicted(EntityType.PLACE, "Cossu Park"));
  }
}
