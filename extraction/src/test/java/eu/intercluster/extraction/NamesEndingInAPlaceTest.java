package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name that ends with a place and starts with no given name is no person; a place is nobody's surname. */
class NamesEndingInAPlaceTest {

  @Test
  void aContactLineEndingWithAnAgencyNamedAfterACountryGivesNoPerson() {
    ExtractedDocument doc = run("Tallinn, 3 March 2026 - Corvanta opened a plant in Tartu.\n\n"
        + "Invest Estonia is the investment agency of Estonia.\n\n"
        + "Press contact: Anna Tamm, head of communications, Invest Estonia");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.text().equals("Invest Estonia"));
    entity(doc, EntityType.PLACE, "Estonia");
    Entity person = entity(doc, EntityType.PERSON, "Anna Tamm");
    assertThat(person.attribute("org")).isEqualTo(entity(doc, EntityType.ORG, "Invest Estonia").id());
  }

  @Test
  void aPersonWithAGivenNameKeepsASurnameThatIsAlsoATown() {
    ExtractedDocument doc = run("Il presidente Marco Lucca ha aperto i lavori. Lucca ha poi ringraziato i soci.");
    entity(doc, EntityType.PERSON, "Marco Lucca");
  }

  @Test
  void anEnglishHeadedNameStopsBeforeAnItalianOrFrenchTown() {
    ExtractedDocument doc = run("Milano, 4 marzo 2026 - Al progetto partecipano il Kestrel Robotics Lab di Tampere e "
        + "la Fjordvik Design School di Bergen.");
    entity(doc, EntityType.ORG, "Kestrel Robotics Lab");
    entity(doc, EntityType.ORG, "Fjordvik Design School");
    entity(doc, EntityType.PLACE, "Tampere");
    ExtractedDocument fr = run("Lyon, 4 mars 2026 - Le projet réunit le Kestrel Robotics Lab de Tampere.");
    entity(fr, EntityType.ORG, "Kestrel Robotics Lab");
  }

  @Test
  void aRomanceHeadedNameKeepsItsTown() {
    ExtractedDocument doc = run("Milano, 4 marzo 2026 - Al progetto partecipa il Centro Ricerche di Tampere.");
    entity(doc, EntityType.ORG, "Centro Ricerche di Tampere");
  }
}
