package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A government named by its noun and a lower-case demonym ("le Gouvernement valdrien", "il governo norvaliano") is an
 * ORG; a lower-case region noun with a demonym only locates, and a generic level is no demonym. "Région Sud" is the
 * government of Provence-Alpes-Côte d'Azur.
 */
class DemonymGovernmentsTest {
  @Test
  void aGovernmentNounWithADemonymIsAnOrganisation() {
    ExtractedDocument doc = run("La stratégie a été adoptée par le Gouvernement valdrien en mars. Le centre est financé "
        + "à 60 % par la Région valdrienne.");
    assertThat(entity(doc, EntityType.ORG, "Gouvernement valdrien")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Région valdrienne")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Gouvernement valdrien").attributes()).containsEntry("kind", "government");
  }

  @Test
  void anItalianGovernmentInLowerCaseToo() {
    ExtractedDocument doc = run("La delegazione ha incontrato a Roma i rappresentanti del governo norvaliano.");
    assertThat(entity(doc, EntityType.ORG, "governo norvaliano")).isNotNull();
  }

  @Test
  void aLowerCaseRegionOrAGenericLevelIsNoGovernmentName() {
    ExtractedDocument doc = run("È la prima regione italiana per export di vino, ha detto il governo regionale.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG);
  }

  @Test
  void regionSudIsTheGovernmentOfProvenceAlpesCoteDAzur() {
    ExtractedDocument doc = run("Le forum est soutenu par la Région Provence-Alpes-Côte d’Azur. La Région Sud finance "
        + "aussi les bourses des doctorants.");
    Entity region = entity(doc, EntityType.ORG, "Région Provence-Alpes-Côte d’Azur");
    assertThat(region).isNotNull();
    assertThat(region.mentions()).contains("Région Sud");
  }
}
