package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A theme after an organisation of its sentence that no cue ties to it is not the main event's theme. */
class ThemeAfterOrganisationTest {
  private static final String TEXT = "The Scottish Space Innovation Awards 2026 were presented in Glasgow on 12 March."
      + " The Scottish Space Innovation Awards 2026 drew 40 entries from across the country."
      + " Kelpwatch Ltd, founded in 2024 in Oban, combines satellite images with artificial intelligence to detect storm"
      + " damage. The jury also praised entries on robotics.";

  @Test
  void aThemeAfterAnOrganisationDoesNotGoToTheMainEvent() {
    ExtractedDocument doc = run(TEXT);
    Entity awards = entity(doc, EntityType.EVENT, "Scottish Space Innovation Awards 2026");
    assertThat(has(doc, "HAS_THEME", awards, entity(doc, EntityType.THEME, "artificial intelligence"))).isFalse();
  }

  @Test
  void aThemeWithNoOrganisationBeforeItStillGoesToTheMainEvent() {
    ExtractedDocument doc = run(TEXT);
    Entity awards = entity(doc, EntityType.EVENT, "Scottish Space Innovation Awards 2026");
    assertThat(has(doc, "HAS_THEME", awards, entity(doc, EntityType.THEME, "robotics"))).isTrue();
  }
}
