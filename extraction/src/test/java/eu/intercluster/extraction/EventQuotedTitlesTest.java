package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The event noun before a quoted title is a mention of the titled event. */
class EventQuotedTitlesTest {
  @Test
  void theNounBeforeAQuotedTitleNamesTheTitledEvent() {
    ExtractedDocument doc = run("La fiera di Parma si apre martedì. Il 12 maggio si terrà il convegno “Filiere corte "
        + "e mercati locali”, organizzato dalla Camera di Commercio di Parma.");
    Entity talk = entity(doc, EntityType.EVENT, "Filiere corte e mercati locali");
    assertThat(talk.mentions()).contains("convegno");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT).map(Entity::text))
        .doesNotContain("convegno");
  }
}
