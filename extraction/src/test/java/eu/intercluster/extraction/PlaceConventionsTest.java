package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LOCATED_IN where the guide (section 2) says what not to link: a town in a body's name, an event's wider area past its venue. */
class PlaceConventionsTest {
  @Test
  void aBodyIsNotLocatedInTheTownOfItsName() {
    ExtractedDocument doc = run("Il Comune di Ravenna e l'Università di Bologna hanno presentato ieri il nuovo "
        + "laboratorio. A Ravenna e a Bologna saranno aperti due sportelli.");
    Entity ravenna = entity(doc, EntityType.PLACE, "Ravenna");
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Comune di Ravenna"), ravenna)).isFalse();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Università di Bologna"),
        entity(doc, EntityType.PLACE, "Bologna"))).isFalse();
  }

  @Test
  void anEventAtAVenueIsNotAlsoLocatedInTheWiderAreaItsSentenceNames() {
    ExtractedDocument doc = run("The Nordic Hydrogen Fair 2026, the largest hydrogen fair in Europe, was held at the "
        + "Lindqvist Congress Centre from 3 to 5 March 2026.");
    Entity fair = entity(doc, EntityType.EVENT, "Nordic Hydrogen Fair 2026");
    Entity venue = entity(doc, EntityType.PLACE, "Lindqvist Congress Centre");
    Entity europe = entity(doc, EntityType.PLACE, "Europe");
    assertThat(has(doc, "LOCATED_IN", fair, venue)).isTrue();
    assertThat(has(doc, "LOCATED_IN", fair, europe)).isFalse();
    assertThat(has(doc, "LOCATED_IN", venue, europe)).isFalse();
  }

  @Test
  void aTownWrittenRightAfterASiteLocatesTheSiteNotTheEvent() {
    ExtractedDocument doc = run("Durante la missione la delegazione ha visitato il Centro Congressi Lingotto a Torino e "
        + "ha incontrato le imprese del distretto.");
    Entity town = entity(doc, EntityType.PLACE, "Torino");
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.PLACE, "Centro Congressi Lingotto"), town)).isTrue();
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.EVENT, "missione"), town)).isFalse();
  }
  @Test
  void theBodyThatManagesASiteIsNotLocatedInTheTownBeforeIt() {
    ExtractedDocument doc = run("Il nuovo impianto pilota di Ravenna, gestito da Kestrel Labs S.r.l., apre a maggio.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("LOCATED_IN"));
  }

  @Test
  void theBodyThatManagesASiteIsLocatedAtTheSite() {
    ExtractedDocument doc = run("Le sale del Tecnopolo di Valdria, gestite da Kestrel Labs S.r.l., ospitano il nuovo "
        + "supercalcolatore.");
    assertThat(has(doc, "LOCATED_IN", entity(doc, EntityType.ORG, "Kestrel Labs S.r.l."),
        entity(doc, EntityType.PLACE, "Tecnopolo di Valdria"))).isTrue();
  }
}
