package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The theme vocabulary and span words, on written sentences: policy and sector terms the vocabulary lacked
 * ("climate action", "edilizia circolare", "industrie du futur"), English words that do not head a theme phrase
 * ("projects", "research"), related but distinct terms that are themes of their own ("salute" and "scienze della
 * vita", "artificial intelligence" and "machine learning"), and the fullest name a theme is written with.
 */
class ThemeTermsAndSpansTest {
  @Test
  void climateActionIsAClimateTheme() {
    ExtractedDocument doc = run("The Orvella fund in Tampere backs climate action in small towns.");
    assertThat(entity(doc, EntityType.THEME, "climate action").attribute("norm")).isEqualTo("CLIMATE");
  }

  @Test
  void circularConstructionIsASustainabilityTheme() {
    ExtractedDocument doc = run("Il bando della Regione premia progetti di edilizia circolare nei comuni montani.");
    assertThat(entity(doc, EntityType.THEME, "edilizia circolare").attribute("norm")).isEqualTo("SUSTAINABILITY");
  }

  @Test
  void industrieDuFuturAndDoctoratesAreThemes() {
    ExtractedDocument fr = run("Le salon de Rennes est consacré à l'industrie du futur.");
    assertThat(entity(fr, EntityType.THEME, "industrie du futur").attribute("norm")).isEqualTo("MANUFACTURING");
    ExtractedDocument it = run("L'accordo con l'ateneo di Trento finanzia dottorati industriali in meccatronica.");
    assertThat(entity(it, EntityType.THEME, "dottorati industriali").attribute("norm")).isEqualTo("SKILLS");
  }

  @Test
  void sensorNetworksAndLiquidCoolingAreIctThemes() {
    ExtractedDocument doc = run("The Brenna lab tests sensor networks and liquid cooling for data centres.");
    assertThat(entity(doc, EntityType.THEME, "sensor networks").attribute("norm")).isEqualTo("ICT");
    assertThat(entity(doc, EntityType.THEME, "liquid cooling").attribute("norm")).isEqualTo("ICT");
  }

  @Test
  void projectsAndResearchDoNotHeadATheme() {
    ExtractedDocument doc = run("The Velmar call funds circular economy projects and hydrogen research in Ghent.");
    entity(doc, EntityType.THEME, "circular economy");
    entity(doc, EntityType.THEME, "hydrogen");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("circular economy projects")
        || e.text().equals("hydrogen research"));
  }

  @Test
  void relatedTermsOfOneSectorAreSeparateThemes() {
    ExtractedDocument it = run("La fiera di Cuneo riunisce aziende della salute e delle scienze della vita.");
    entity(it, EntityType.THEME, "salute");
    entity(it, EntityType.THEME, "scienze della vita");
    ExtractedDocument en = run("The Brenna summit covered artificial intelligence and machine learning for farms.");
    entity(en, EntityType.THEME, "artificial intelligence");
    entity(en, EntityType.THEME, "machine learning");
    ExtractedDocument fr = run("Le salon de Nantes accueille l'agriculture et l'agroalimentaire.");
    entity(fr, EntityType.THEME, "agriculture");
    entity(fr, EntityType.THEME, "agroalimentaire");
  }

  @Test
  void aThemeIsNamedByItsFullestForm() {
    ExtractedDocument doc = run("AI was the theme of the Graz summit. Speakers said that artificial intelligence helps"
        + " farmers.");
    Entity theme = entity(doc, EntityType.THEME, "artificial intelligence");
    assertThat(theme.mentions()).contains("AI");
  }
}
