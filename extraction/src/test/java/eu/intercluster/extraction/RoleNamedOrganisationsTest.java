package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24: organisations a person's role names (RoleTailOrgs, WebAddresses, MayorMunicipality): the name is kept
 * and is the person's organisation.
 */
class RoleNamedOrganisationsTest {
  private static Object org(ExtractedDocument doc, String person) {
    Object id = entity(doc, EntityType.PERSON, person).attributes().get("org");
    return doc.entities().stream().filter(e -> e.id().equals(id)).map(Entity::text).findFirst().orElse(null);
  }

  private static boolean hasOrg(ExtractedDocument doc, String text) {
    return doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORG && e.text().equals(text));
  }

  @Test
  void aWordOfAnEmailAddressIsNoCommonWordOfTheText() {
    ExtractedDocument doc = run("Photonique : Zorvalic emmène quinze entreprises au Québec\n\nLa mission part lundi, "
        + "sous la conduite de Sandrine Vallier, directrice générale de Zorvalic.\n\nContact : presse@zorvalic.example");
    assertThat(hasOrg(doc, "Zorvalic")).isTrue();
    assertThat(org(doc, "Sandrine Vallier")).isEqualTo("Zorvalic");
  }

  @Test
  void aNameOfSeveralWordsThatEndsTheRoleIsTheOrganisation() {
    ExtractedDocument en = run("Radu Ionescu, chief executive of Dunvale Seed Tech, said the meetings had been useful.");
    assertThat(org(en, "Radu Ionescu")).isEqualTo("Dunvale Seed Tech");
    ExtractedDocument fr = run("La mission a été saluée par Sandrine Vandewalle, directrice générale de Tissages de "
        + "la Marque, qui exporte déjà au Portugal.");
    assertThat(org(fr, "Sandrine Vandewalle")).isEqualTo("Tissages de la Marque");
  }

  @Test
  void aLowerCaseWordForTheKindOfBodyBeforeTheName() {
    ExtractedDocument fr = run("Le prix a été remis à Marianne Goutal, directrice de l'innovation du groupe chimique "
        + "Serlanys.");
    assertThat(org(fr, "Marianne Goutal")).isEqualTo("Serlanys");
    ExtractedDocument es = run("Intervino Hanna Lind, responsable de compras de la cadena sueca Nordvall.");
    assertThat(org(es, "Hanna Lind")).isEqualTo("Nordvall");
  }

  @Test
  void aPortfolioListInTheRoleIsNoOrganisation() {
    ExtractedDocument es = run("Intervino Marta Cuesta, directora general de Comercio y Consumo, en la apertura.");
    assertThat(hasOrg(es, "Comercio y Consumo")).isFalse();
    assertThat(org(es, "Marta Cuesta")).isNull();
  }

  @Test
  void aMayorsOrganisationIsTheMunicipalityTheTextNames() {
    ExtractedDocument it = run("Il Comune di Terni ha firmato l'accordo. «È un passo importante», ha detto il sindaco di "
        + "Terni, Roberto Cavalieri.");
    assertThat(org(it, "Roberto Cavalieri")).isEqualTo("Comune di Terni");
    ExtractedDocument en = run("The memorandum was signed by Tartu City Government and Taichung City Government. "
        + "It was signed by the Mayor of Tartu, Urmas Pärn, and Taichung's Deputy Mayor, Tsai Chao-ming.");
    assertThat(org(en, "Urmas Pärn")).isEqualTo("Tartu City Government");
    assertThat(org(en, "Tsai Chao-ming")).isEqualTo("Taichung City Government");
    ExtractedDocument town = run("The plant was opened by the Mayor of Tartu, Urmas Pärn, and by Lumisense.");
    assertThat(org(town, "Urmas Pärn")).isNull();
  }
}
