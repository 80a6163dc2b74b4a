package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A text names an organisation in full once and then by its first words, or a company without its legal form: the
 * short forms are mentions of the one organisation, not organisations of their own.
 */
class OrganisationShortFormsTest {
  @Test
  void theFirstWordsOfOneLongerNameAreThatOrganisation() {
    ExtractedDocument doc = run("The Kelvinor Photonics Institute opened a pilot line in Cork. \"We are proud,\" "
        + "said Declan Moran, CEO of Kelvinor.");
    Entity institute = entity(doc, EntityType.ORG, "Kelvinor Photonics Institute");
    assertThat(institute.mentions()).contains("Kelvinor");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG && e.text().equals("Kelvinor"));
    assertThat(entity(doc, EntityType.PERSON, "Declan Moran").attribute("org")).isEqualTo(institute.id());
  }

  @Test
  void firstWordsSharedByTwoNamesStayApart() {
    ExtractedDocument doc = run("The Kelvinor Photonics Institute and the Kelvinor Materials Institute opened a "
        + "pilot line in Cork. Kelvinor will hire forty engineers.");
    assertThat(entity(doc, EntityType.ORG, "Kelvinor Photonics Institute").mentions()).doesNotContain("Kelvinor");
    assertThat(entity(doc, EntityType.ORG, "Kelvinor Materials Institute").mentions()).doesNotContain("Kelvinor");
  }

  @Test
  void aCompanyNamedWithoutItsLegalFormOrByItsFirstWordIsTheCompany() {
    ExtractedDocument doc = run("La società Brevani Cartotecnica S.p.A. ha aperto uno stabilimento a Wrexham. "
        + "Secondo Brevani Cartotecnica, l'impianto darà lavoro a 80 persone. Brevani investirà 12 milioni di euro.");
    Entity company = entity(doc, EntityType.ORG, "Brevani Cartotecnica S.p.A.");
    assertThat(company.mentions()).contains("Brevani Cartotecnica", "Brevani");
  }

  @Test
  void aGivenNameIsNoShortFormOfACompany() {
    ExtractedDocument doc = run("Marco Vellani Logistics S.r.l. opened a warehouse in Verona. Marco Bianchi, its "
        + "director, said the site will employ 40 people.");
    assertThat(entity(doc, EntityType.ORG, "Marco Vellani Logistics S.r.l.").mentions()).doesNotContain("Marco");
    assertThat(entity(doc, EntityType.PERSON, "Marco Bianchi")).isNotNull();
  }
}
