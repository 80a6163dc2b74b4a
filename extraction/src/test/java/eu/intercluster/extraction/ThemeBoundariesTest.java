package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20's theme boundaries, on written sentences: where a theme phrase starts and ends as annotators mark it (a
 * Romance adjective that is itself a vocabulary term, listed adjectives, English head nouns, compound modifiers and
 * noun modifiers before a term of activity) and where a participle used as a verb ends it.
 */
class ThemeBoundariesTest {
  @Test
  void aRomanceAdjectiveTermRightAfterAThemeBelongsToIt() {
    ExtractedDocument doc = run("Il consorzio di Vicenza riunisce le imprese del packaging alimentare e della logistica.");
    entity(doc, EntityType.THEME, "packaging alimentare");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("alimentare"));
  }

  @Test
  void listedRomanceAdjectivesExtendTheTheme() {
    entity(run("La fondazione di Cagliari sostiene il turismo costiero nei piccoli comuni della Sardegna."),
        EntityType.THEME, "turismo costiero");
    entity(run("Le réseau de Grenoble soutient la géothermie profonde dans les vallées alpines."), EntityType.THEME,
        "géothermie profonde");
  }

  @Test
  void communitiesAndInnovationHeadAnEnglishTheme() {
    ExtractedDocument doc = run("The programme in Cork funds renewable energy communities and textile innovation in"
        + " rural towns.");
    entity(doc, EntityType.THEME, "renewable energy communities");
    entity(doc, EntityType.THEME, "textile innovation");
  }

  @Test
  void compoundAndHyphenatedModifiersStartAnEnglishTheme() {
    ExtractedDocument doc = run("The Lindqvist consortium in Umeå works on compound semiconductors and solar-powered"
        + " desalination.");
    entity(doc, EntityType.THEME, "compound semiconductors");
    entity(doc, EntityType.THEME, "solar-powered desalination");
  }

  @Test
  void lifeScienceIsAHealthTheme() {
    ExtractedDocument doc = run("The Tartu cluster brings together firms in life science and food processing.");
    assertThat(entity(doc, EntityType.THEME, "life science").attribute("norm")).isEqualTo("HEALTH");
  }

  @Test
  void aParticipleUsedAsAVerbEndsTheTheme() {
    entity(run("Le pôle de Rennes a présenté un plan de cybersécurité lancé avec la Région Bretagne."),
        EntityType.THEME, "cybersécurité");
    entity(run("Nordvik, a young company in Lund, develops low-carbon concrete based in recycled aggregates."),
        EntityType.THEME, "low-carbon concrete");
  }

  @Test
  void aNounBeforeAnEnglishTermOfActivityBelongsToTheThemeButAVerbDoesNot() {
    ExtractedDocument doc = run("The Aalborg consortium works on port digitalisation and winter tourism, and wants to"
        + " boost tourism in the north.");
    entity(doc, EntityType.THEME, "port digitalisation");
    entity(doc, EntityType.THEME, "winter tourism");
    entity(doc, EntityType.THEME, "tourism");
  }
}
