package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 15's theme spans, on written sentences: word lists with accents match the folded tokens, and a French
 * participle in "-ée" or a sector adjective such as "maritime" stays in the theme phrase it qualifies.
 */
class ThemeFoldedWordsTest {
  @Test
  void anAccentedStopWordEndsAList() {
    ExtractedDocument doc = run("Il distretto di Vellano lavora su robotica, logistica e più ricerca.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.THEME && e.text().contains("più"));
  }

  @Test
  void aFrenchParticipleWithAnAccentStaysInThePhrase() {
    ExtractedDocument doc = run("Depuis 2024, la Région Vellane soutient la construction navale décarbonée.");
    entity(doc, EntityType.THEME, "construction navale décarbonée");
  }

  @Test
  void maritimeQualifiesTheThemeBeforeIt() {
    ExtractedDocument doc = run("La Région Vellane soutient la cybersécurité maritime.");
    entity(doc, EntityType.THEME, "cybersécurité maritime");
  }
}
