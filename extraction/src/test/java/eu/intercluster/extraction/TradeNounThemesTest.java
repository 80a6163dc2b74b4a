package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 22: the trade written before a company noun and the company's name is a theme of that company. */
class TradeNounThemesTest {
  @Test
  void theTradeBeforeMakerIsAThemeOfTheCompanyNamedAfter() {
    ExtractedDocument doc = run("Among the exhibitors was the Tampere-based mooring-line maker Vellano Offshore Oy,"
        + " which showed its new ropes.");
    Entity company = entity(doc, EntityType.ORG, "Vellano Offshore Oy");
    Entity theme = entity(doc, EntityType.THEME, "mooring-line");
    assertThat(has(doc, "HAS_THEME", company, theme)).isTrue();
  }

  @Test
  void twoWordsOfTradeBeforeCompanyOrStartUp() {
    ExtractedDocument doc = run("The delegation visited the delivery-robot start-up Rovello Robotics OÜ in Tallinn.");
    Entity theme = entity(doc, EntityType.THEME, "delivery-robot");
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.ORG, "Rovello Robotics OÜ"), theme)).isTrue();
  }

  @Test
  void aWordOfTheFirmsKindOrSizeIsNoTrade() {
    ExtractedDocument doc = run("The fund was set up with the investment company Vellano Capital and the family-run"
        + " company Rovello Holding.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.THEME);
  }

  @Test
  void aSingularTradeNounGivesTheThemeToTheOneCompanyRightAfterIt() {
    ExtractedDocument doc = run("The contract was signed by the sensor maker Vellano Oy and the state company"
        + " Rovello Mining.");
    Entity theme = entity(doc, EntityType.THEME, "sensor");
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.ORG, "Vellano Oy"), theme)).isTrue();
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.ORG, "Rovello Mining"), theme)).isFalse();
  }

  @Test
  void aVocabularyThemeBeforeATradeNounGoesToTheCompanyNamedAfter() {
    ExtractedDocument doc = run("The agency signed a letter of intent with the robotics specialist Vellano Systems BV"
        + " in Eindhoven.");
    Entity theme = entity(doc, EntityType.THEME, "robotics");
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.ORG, "Vellano Systems BV"), theme)).isTrue();
  }
}
