package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generic b2b words of a text that names its brokerage event are mentions of that event. */
class NamedB2bEventsTest {
  @Test
  void b2bSessionsJoinTheNamedBrokerageEvent() {
    ExtractedDocument doc = run("Verona, 12 marzo 2026 – Si è chiusa ieri la terza edizione dei “Marble Trade Meetings”, "
        + "l’evento di brokerage dedicato alla pietra naturale, organizzato dalla Camera di commercio di Verona. Gli "
        + "incontri B2B tra 80 imprese si sono svolti nel padiglione 4 della fiera.");
    Entity named = entity(doc, EntityType.EVENT, "Marble Trade Meetings");
    assertThat(named.mentions()).contains("incontri B2B", "evento di brokerage");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT).map(Entity::text))
        .doesNotContain("incontri B2B");
  }

  @Test
  void listedCompaniesTakePartInTheNamedBrokerageEventRatherThanTheFair() {
    ExtractedDocument doc = run("Rimini, 8 maggio 2026 – Si è chiusa ieri la fiera Ecofuturo Expo, che ha ospitato la "
        + "seconda edizione dei “Green Parts Meetings”, l’evento di brokerage della rete Enterprise Europe Network. Alla "
        + "fiera hanno partecipato 300 espositori. Tra le aziende partecipanti, la Officine Rossi S.r.l. e la "
        + "Termoplast S.p.A.");
    Entity company = entity(doc, EntityType.ORG, "Officine Rossi S.r.l.");
    assertThat(has(doc, "PARTICIPATED", company, entity(doc, EntityType.EVENT, "Green Parts Meetings"))).isTrue();
    assertThat(has(doc, "PARTICIPATED", company, entity(doc, EntityType.EVENT, "Ecofuturo Expo"))).isFalse();
  }

  @Test
  void aGenericPhraseCapitalisedAtTheStartIsNoName() {
    ExtractedDocument doc = run("Lyon, 3 avril 2026 – Rencontres d’affaires : 120 entreprises se sont retrouvées à "
        + "Lyon. Les rendez-vous d’affaires ont été organisés par la CCI Lyon Métropole.");
    assertThat(doc.entities().stream().filter(e -> e.type() == EntityType.EVENT).map(Entity::text))
        .contains("rendez-vous d’affaires");
  }
}
