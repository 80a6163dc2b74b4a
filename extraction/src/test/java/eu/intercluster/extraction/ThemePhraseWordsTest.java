package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;

import org.junit.jupiter.api.Test;

/** Session 7's theme-span words, on written sentences: listed Romance adjectives and English head nouns. */
class ThemePhraseWordsTest {
  @Test
  void aListedRomanceAdjectiveExtendsTheTheme() {
    entity(run("La missione a Lisbona riguarda la robotica subacquea e il turismo."), EntityType.THEME,
        "robotica subacquea");
  }

  @Test
  void anEnglishHeadNounAfterTheTermBelongsToTheTheme() {
    entity(run("The workshop in Varna covered drone mapping and port logistics."), EntityType.THEME, "drone mapping");
  }
}
