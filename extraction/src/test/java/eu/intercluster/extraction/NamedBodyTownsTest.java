package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 21's names helper: a body's own name ends before its town; a network's regional chapter is one name. */
class NamedBodyTownsTest {
  @Test
  void aBodysOwnNameEndsBeforeItsTown() {
    ExtractedDocument it = run("Alla missione partecipano la Lanificio Corvetti di Biella e altre imprese.");
    entity(it, EntityType.ORG, "Lanificio Corvetti");
    entity(it, EntityType.PLACE, "Biella");
    ExtractedDocument en = run("The winners include Brenmoor Composites of Swansea, a maker of recycled blades.");
    entity(en, EntityType.ORG, "Brenmoor Composites");
    entity(en, EntityType.PLACE, "Swansea");
  }

  @Test
  void aHeadWordAndAPersonsNameEndBeforeTheTown() {
    entity(run("Il progetto è coordinato dalla Fondazione Ettore Valmara di Trento."), EntityType.ORG,
        "Fondazione Ettore Valmara");
  }

  @Test
  void aHeadWordAndItsTownStayOneName() {
    entity(run("Il progetto è coordinato dall'Università di Trento con altri partner."), EntityType.ORG,
        "Università di Trento");
    entity(run("Il bando è della Camera di Commercio di Biella per le imprese."), EntityType.ORG,
        "Camera di Commercio di Biella");
    ExtractedDocument adjective = run("La sede è il Polo Universitario di Rovigo, aperto nel 2010.");
    assertThat(adjective.entities()).anyMatch(e -> e.text().equals("Polo Universitario di Rovigo"));
  }

  @Test
  void aNetworksRegionalChapterIsANameOfItsOwn() {
    ExtractedDocument doc = run("The brokerage event is organised by Enterprise Europe Network Scotland. "
        + "The Enterprise Europe Network supports small firms.");
    entity(doc, EntityType.ORG, "Enterprise Europe Network Scotland");
    entity(doc, EntityType.ORG, "Enterprise Europe Network");
  }
}
