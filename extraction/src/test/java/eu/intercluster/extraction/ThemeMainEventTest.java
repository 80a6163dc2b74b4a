package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Themes with no carrier in their sentence go to the matchmaking event held at a fair, not to the fair. */
class ThemeMainEventTest {
  private static final String TEXT = "Vellano companies at IDET 2026 in Brno. IDET 2026 opens on Monday with 400"
      + " exhibitors. The Dual-Use Matchmaking Day will take place at IDET 2026 on 3 June. This year's thematic areas"
      + " are robotics and cybersecurity.";

  @Test
  void theThemesOfAMatchmakingEventAtAFairAreTheMatchmakingEvent() {
    ExtractedDocument doc = run(TEXT);
    Entity fair = entity(doc, EntityType.EVENT, "IDET 2026");
    Entity matchmaking = entity(doc, EntityType.EVENT, "Dual-Use Matchmaking Day");
    Entity robotics = entity(doc, EntityType.THEME, "robotics");
    assertThat(has(doc, "HAS_THEME", matchmaking, robotics)).isTrue();
    assertThat(has(doc, "HAS_THEME", fair, robotics)).isFalse();
  }

  @Test
  void aFairWithoutAMatchmakingEventKeepsItsThemes() {
    ExtractedDocument doc = run("Vellano companies at IDET 2026 in Brno. IDET 2026 opens on Monday with 400"
        + " exhibitors. IDET 2026 will run until 5 June. This year's thematic areas are robotics and cybersecurity.");
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.EVENT, "IDET 2026"),
        entity(doc, EntityType.THEME, "robotics"))).isTrue();
  }
}
