package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names given to a programme noun a few words before them, and names before a noun of a programme's kind. */
class NamedProgrammesTest {

  @Test
  void aNameGivenToAProjectNounAFewWordsBeforeIsTheProject() {
    ExtractedDocument doc = run("Il primo progetto, denominato VerdeLuna, partirà a marzo. "
        + "The consortium's second joint project, TIDEWORKS, has been submitted. "
        + "Le premier projet lancé dans ce cadre, ALGUE-NORD, associe trois laboratoires.");
    entity(doc, EntityType.PROGRAMME, "VerdeLuna");
    entity(doc, EntityType.PROGRAMME, "TIDEWORKS");
    entity(doc, EntityType.PROGRAMME, "ALGUE-NORD");
  }

  @Test
  void aNameBeforeAMechanismSchemeOrSystemIsAProgramme() {
    ExtractedDocument doc = run("The firms applied under the SunBridge mechanism and the Velora incentive scheme, "
        + "and filed their papers via the Korvo system.");
    assertThat(entity(doc, EntityType.PROGRAMME, "SunBridge").attribute("kind")).isEqualTo("funding programme");
    entity(doc, EntityType.PROGRAMME, "Velora");
    assertThat(entity(doc, EntityType.PROGRAMME, "Korvo").attribute("kind")).isEqualTo("platform");
  }

  @Test
  void anOrganisationAfterACommaThatDoesNotCloseAnAppositionStaysAnOrganisation() {
    ExtractedDocument doc = run("Per il progetto, Trevanti Srl fornirà i sensori.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.PROGRAMME && e.text().contains("Trevanti"));
  }

  @Test
  void aNameThatAnAppositionSaysSomeoneLeadsIsAProject() {
    ExtractedDocument doc = run("Three projects were chosen:\n\u2022 KELPWAY, led by the Port of Sines, will test seaweed "
        + "drying.\n\u2022 \u00ab Rive Verte \u00bb, port\u00e9 par la Fondation Riviera, suit la qualit\u00e9 de l'eau.");
    entity(doc, EntityType.PROGRAMME, "KELPWAY");
    entity(doc, EntityType.PROGRAMME, "Rive Verte");
  }

  @Test
  void lawsPackagesAndSchemesNamedAsSuchAreProgrammesNotOrganisations() {
    ExtractedDocument doc = run("Firms must comply with the Sensor Safety Regulation and the Data Fairness Act. "
        + "L'entreprise a b\u00e9n\u00e9fici\u00e9 du dispositif Cap Salons Export.");
    assertThat(entity(doc, EntityType.PROGRAMME, "Sensor Safety Regulation").attribute("kind")).isEqualTo("strategy");
    entity(doc, EntityType.PROGRAMME, "Data Fairness Act");
    entity(doc, EntityType.PROGRAMME, "Cap Salons Export");
  }
}
