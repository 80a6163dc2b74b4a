package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round's theme fixes, on written sentences: sector terms of the four languages, Romance adjectives and
 * participles after a theme term, French participles that fold to a theme noun, themes that contain a place name.
 */
class ThemeVocabularyTest {
  @Test
  void aFrenchParticipleIsNotTheNounItFoldsTo() {
    ExtractedDocument doc = run("Le projet est financé par la Région et la santé en est le thème.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.THEME && e.text().equals("financé"));
    entity(doc, EntityType.THEME, "santé");
  }

  @Test
  void aTermAfterAModalIsAVerb() {
    ExtractedDocument doc = run("The Vellano bank will finance the new plant in Lyon.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.THEME);
  }

  @Test
  void madeInItalyIsATheme() {
    ExtractedDocument doc = run("La fiera di Verona promuove il Made in Italy nel mondo.");
    assertThat(entity(doc, EntityType.THEME, "Made in Italy").attribute("norm")).isEqualTo("MADE_IN_ITALY");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("Made") || e.text().equals("Italy"));
  }

  @Test
  void romanceAdjectivesAndParticiplesBelongToTheTheme() {
    ExtractedDocument it = run("Il workshop di Parma è dedicato alla robotica collaborativa.");
    entity(it, EntityType.THEME, "robotica collaborativa");
    ExtractedDocument es = run("La feria de Valencia presentó soluciones de envases reciclados.");
    entity(es, EntityType.THEME, "envases reciclados");
  }

  @Test
  void sectorTermsOfTheFourLanguages() {
    ExtractedDocument doc = run("Il convegno di Bari ha discusso di bioeconomia, desalinizzazione e acquacoltura.");
    assertThat(entity(doc, EntityType.THEME, "bioeconomia").attribute("norm")).isEqualTo("SUSTAINABILITY");
    assertThat(entity(doc, EntityType.THEME, "desalinizzazione").attribute("norm")).isEqualTo("ENVIRONMENT");
    assertThat(entity(doc, EntityType.THEME, "acquacoltura").attribute("norm")).isEqualTo("BLUE_ECONOMY");
    ExtractedDocument en = run("The Lisbon conference focused on cohesion policy and offshore wind.");
    assertThat(entity(en, EntityType.THEME, "cohesion policy").attribute("norm")).isEqualTo("ECONOMIC_DEVELOPMENT");
    assertThat(entity(en, EntityType.THEME, "offshore wind").attribute("norm")).isEqualTo("ENERGY");
  }

  @Test
  void theMainEventCarriesOnlyThemesOfTheLeadOrNearItsMentions() {
    ExtractedDocument doc = run("Il Forum Vellano 2026 si apre a Trento. Si parlerà anche di idrogeno verde. Il programma"
        + " prevede tre giornate. Gli ospiti arriveranno lunedì. La sera è prevista una cena. Intanto la provincia"
        + " investe nella robotica.");
    Entity forum = entity(doc, EntityType.EVENT, "Forum Vellano 2026");
    assertThat(has(doc, "HAS_THEME", forum, entity(doc, EntityType.THEME, "idrogeno verde"))).isTrue();
    assertThat(has(doc, "HAS_THEME", forum, entity(doc, EntityType.THEME, "robotica"))).isFalse();
  }

  @Test
  void aSectorNounBeforeAThemeAndAnEnglishHeadNounAfterItBelongToIt() {
    ExtractedDocument it = run("La missione a Tokyo riguarda il settore agroalimentare e la filiera del tessile.");
    entity(it, EntityType.THEME, "settore agroalimentare");
    ExtractedDocument list = run("La fiera di Parma riunisce i settori aerospazio e difesa.");
    entity(list, EntityType.THEME, "aerospazio");
    ExtractedDocument en = run("The Aberdeen forum discussed hydrogen production and quantum technologies.");
    entity(en, EntityType.THEME, "hydrogen production");
    entity(en, EntityType.THEME, "quantum technologies");
  }

  @Test
  void theTopicsOfAWorkshopAreThemes() {
    ExtractedDocument doc = run("The Vellano Institute will host a workshop on seabed mapping and coastal monitoring in Brest.");
    assertThat(entity(doc, EntityType.THEME, "seabed mapping").attribute("norm")).isEqualTo("OTHER");
    entity(doc, EntityType.THEME, "coastal monitoring");
  }
}
