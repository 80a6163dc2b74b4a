package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An office holder's portfolio list keeps its commas in the role, and the body after it is a name of its own. */
class PortfolioListsTest {

  @Test
  void aTitleWithAPortfolioListBeforeTheNameGivesTheRoleAndTheGovernment() {
    ExtractedDocument doc = run("Santander, 3 de mayo de 2026. El consejero de Agricultura, Pesca y Montes del "
        + "Gobierno de Cantabria, Tomás Ferrer, inauguró la feria.");
    Entity government = entity(doc, EntityType.ORG, "Gobierno de Cantabria");
    Entity person = entity(doc, EntityType.PERSON, "Tomás Ferrer");
    assertThat(person.attribute("role")).isEqualTo("consejero de Agricultura, Pesca y Montes del Gobierno de Cantabria");
    assertThat(person.attribute("org")).isEqualTo(government.id());
    assertThat(doc.entities()).noneMatch(e -> e.text().startsWith("Pesca"));
  }

  @Test
  void anAppositiveWithAPortfolioListGoesOnPastItsCommas() {
    ExtractedDocument doc = run("Santander, 3 de mayo de 2026. La feria fue inaugurada por Marta Ruiz, consejera de "
        + "Turismo, Cultura y Deporte del Gobierno de Cantabria.");
    Entity person = entity(doc, EntityType.PERSON, "Marta Ruiz");
    assertThat(person.attribute("role")).isEqualTo("consejera de Turismo, Cultura y Deporte del Gobierno de Cantabria");
    assertThat(person.attribute("org")).isEqualTo(entity(doc, EntityType.ORG, "Gobierno de Cantabria").id());
  }

  @Test
  void aPortfolioAfterPerIsNoPartOfTheBodyAfterIt() {
    ExtractedDocument doc = run("Genova, 3 marzo 2026 - L'intesa è stata firmata dalla ministra per l’Economia del "
        + "Land Assia, Greta Vogel.");
    assertThat(doc.entities()).noneMatch(e -> e.text().startsWith("Economia"));
  }
}
