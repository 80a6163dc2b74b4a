package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 11's theme spans, labels and carriers, on written sentences. */
class ThemeCarriersTest {
  @Test
  void aParticipleOfWhatIsDoneToTheThemeIsLeftOut() {
    entity(run("Il bando sostiene la robotica realizzata dalle imprese di Vellano."), EntityType.THEME, "robotica");
    entity(run("Il seminario di Vellano tratta l'intelligenza artificiale applicata alla logistica."), EntityType.THEME,
        "intelligenza artificiale");
  }

  @Test
  void aPluralSectorNounAfterAnEnglishTermIsLeftOut() {
    entity(run("The Varna fair showcases the aerospace and hydrogen sectors."), EntityType.THEME, "hydrogen");
  }

  @Test
  void trainingIsLabelledAsSkillsAndTheCircularEconomyAsSustainability() {
    ExtractedDocument doc = run("Il bando di Vellano finanzia la formazione e l'economia circolare.");
    assertThat(entity(doc, EntityType.THEME, "formazione").attributes().get("norm")).isEqualTo("SKILLS");
    assertThat(entity(doc, EntityType.THEME, "economia circolare").attributes().get("norm"))
        .isEqualTo("SUSTAINABILITY");
  }

  @Test
  void anOrganisationNamedAfterTheSectorCarriesTheTheme() {
    ExtractedDocument doc = run("Il Forum Vellano 2026 si apre a Torino. Parteciperanno trenta imprese. Il Cluster"
        + " Agroalimentare Vellano presenterà a Tokyo le novità dell'agroalimentare biologico.");
    Entity cluster = entity(doc, EntityType.ORG, "Cluster Agroalimentare Vellano");
    Entity theme = entity(doc, EntityType.THEME, "agroalimentare biologico");
    assertThat(has(doc, "HAS_THEME", cluster, theme)).isTrue();
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.EVENT, "Forum Vellano 2026"), theme)).isFalse();
  }
}
