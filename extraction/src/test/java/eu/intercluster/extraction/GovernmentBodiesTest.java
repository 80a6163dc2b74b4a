package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A ministry's name lists its portfolios ("Ministry of Finance and Budget", "e del Made in Italy"), may end with its
 * country ("of the Republic of Norvale") and may start with a national or state adjective ("Norvalian Ministry").
 */
class GovernmentBodiesTest {
  @Test
  void aPortfolioJoinedByAndBelongsToTheName() {
    ExtractedDocument doc = run("The Ministry of Finance and Budget approved the plan, and the Ministry of Health and "
        + "Social Protection will pay the nurses.");
    assertThat(entity(doc, EntityType.ORG, "Ministry of Finance and Budget")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Ministry of Health and Social Protection")).isNotNull();
  }

  @Test
  void madeInItalyIsAPortfolioAndTheAcronymNamesTheMinistry() {
    ExtractedDocument doc = run("Il progetto riceve 12 milioni dal Ministero delle Imprese e del Made in Italy (MIMIT) "
        + "per la ricerca.");
    Entity ministry = entity(doc, EntityType.ORG, "Ministero delle Imprese e del Made in Italy");
    assertThat(ministry).isNotNull();
    assertThat(ministry.mentions()).contains("MIMIT");
  }

  @Test
  void theCountryAfterTheMinistryBelongsToItButABodyDoesNot() {
    ExtractedDocument doc = run("The plan was approved by the Ministry of Economy and Innovation of the Republic of "
        + "Norvale. The lab works with the Department of Biomedicine of the University of Vellano.");
    assertThat(entity(doc, EntityType.ORG, "Ministry of Economy and Innovation of the Republic of Norvale"))
        .isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Department of Biomedicine")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "University of Vellano")).isNotNull();
  }

  @Test
  void aNationalAdjectiveBeforeTheMinistryBelongsToTheNameButAnArticleDoesNot() {
    ExtractedDocument doc = run("The Norvalian Ministry of Foreign Affairs hosted the talks. The Ministry of Economic "
        + "Affairs sent an observer.");
    assertThat(entity(doc, EntityType.ORG, "Norvalian Ministry of Foreign Affairs")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Ministry of Economic Affairs")).isNotNull();
  }

  @Test
  void aBodyAfterTheConjunctionStartsANewName() {
    ExtractedDocument doc = run("The Ministry of Energy and the Regione Lazio signed, and so did the Ministry of "
        + "Economy and ENEA.");
    assertThat(entity(doc, EntityType.ORG, "Ministry of Energy")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Regione Lazio")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Ministry of Economy")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "ENEA")).isNotNull();
  }

  @Test
  void regionalDepartmentsAndDirectoratesListTheirPortfoliosToo() {
    ExtractedDocument doc = run("Colabora la Consejería de Agricultura, Pesca, Agua y Desarrollo Rural de la Junta de "
        + "Andalucía. The Directorate-General for Regional and Urban Policy opened the call.");
    assertThat(entity(doc, EntityType.ORG, "Consejería de Agricultura, Pesca, Agua y Desarrollo Rural")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Junta de Andalucía")).isNotNull();
    assertThat(entity(doc, EntityType.ORG, "Directorate-General for Regional and Urban Policy")).isNotNull();
  }
}
