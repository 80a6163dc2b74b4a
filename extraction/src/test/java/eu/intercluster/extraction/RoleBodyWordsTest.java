package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 13: a word for the body in the role phrase names the person's organisation (RoleOrganisation). */
class RoleBodyWordsTest {
  private static Object org(ExtractedDocument doc, String person) {
    return entity(doc, EntityType.PERSON, person).attributes().get("org");
  }

  @Test
  void aHeadWordNamesTheOneOrganisationWithIt() {
    ExtractedDocument it = run("Il Cluster Marmo Apuano ha aperto la sede di Vellano. «Siamo pronti», ha detto il "
        + "presidente del cluster, Paolo Verdi.");
    assertThat(org(it, "Paolo Verdi")).isEqualTo(entity(it, EntityType.ORG, "Cluster Marmo Apuano").id());
  }

  @Test
  void aLowerCaseHeadWordNamesTheOneOrganisationOfItsKind() {
    ExtractedDocument it = run("L'Università di Vellano ha firmato l'accordo. Ha parlato la rettrice dell’ateneo, Anna "
        + "Bruni.");
    assertThat(org(it, "Anna Bruni")).isEqualTo(entity(it, EntityType.ORG, "Università di Vellano").id());
  }

  @Test
  void theFirstWordOfACompanyNameInTheRole() {
    ExtractedDocument es = run("Korvalia SGPS abrirá una planta en Tordesur. Lo anunció el consejero delegado de "
        + "Korvalia, Rui Mendes.");
    assertThat(org(es, "Rui Mendes")).isEqualTo(entity(es, EntityType.ORG, "Korvalia SGPS").id());
  }

  @Test
  void notAPortfolioNorAPlace() {
    ExtractedDocument fr = run("Industrie du Valoria a signé. Le ministre de l’Industrie, Karim Lassi, était présent.");
    assertThat(org(fr, "Karim Lassi")).isNull();
    ExtractedDocument en = run("Tampere University opened a lab. The mayor of Tampere, Tom Hale, cut the ribbon.");
    assertThat(org(en, "Tom Hale")).isNull();
  }

  @Test
  void aRoleWithALowerCaseComplementBeforeTheName() {
    ExtractedDocument fr = run("Le salon a reçu la visite de la vice-présidente de la Région Valorée chargée de la "
        + "culture, Anne Morel.");
    assertThat(entity(fr, EntityType.PERSON, "Anne Morel").attributes().get("role"))
        .isEqualTo("vice-présidente de la Région Valorée chargée de la culture");
    assertThat(org(fr, "Anne Morel")).isEqualTo(entity(fr, EntityType.ORG, "Région Valorée").id());
  }

  @Test
  void aPossessiveBeforeTheRoleRefersToThePreviousSentencesOrganisation() {
    ExtractedDocument en = run("Last year the prize went to Korvalia GmbH, a start-up from Tordesur. Its chief executive, "
        + "Lena Brandt, thanked the jury.");
    assertThat(org(en, "Lena Brandt")).isEqualTo(entity(en, EntityType.ORG, "Korvalia GmbH").id());
  }

  @Test
  void anOrganisationAfterTheRoleInAContactLine() {
    ExtractedDocument en = run("The brokerage event is free.\n\nContact: Tom Hale, press officer, Valdria Development "
        + "Agency, Tordesur\n");
    assertThat(org(en, "Tom Hale")).isEqualTo(entity(en, EntityType.ORG, "Valdria Development Agency").id());
    ExtractedDocument minister = run("The visit was led by Jana Ruda, Deputy Minister of Education, Valdria Youth "
        + "Agency and Sports.");
    assertThat(org(minister, "Jana Ruda")).isNull();
  }

  @Test
  void theHeadWordOfAnOwnerBeforeTheRole() {
    ExtractedDocument en = run("The Valdria Trade Agency opened an office in Tordesur. \"We are ready,\" said the agency's "
        + "vice-president, Tom Hale.");
    assertThat(org(en, "Tom Hale")).isEqualTo(entity(en, EntityType.ORG, "Valdria Trade Agency").id());
  }
}
