package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Session 9: the noun phrase after a cue of an organisation's trade is a theme, in the four languages. */
class ThemeCuesTest {
  @Test
  void aProducerOfNamesItsProducts() {
    Entity t = entity(run("Brenvale Foods, a producer of pickled walnuts, joined the cluster in March."),
        EntityType.THEME, "pickled walnuts");
    assertEquals("OTHER", t.attribute("norm"));
  }

  @Test
  void specialisedInTakesTheNounPhraseAfterTheArticle() {
    entity(run("L'azienda, specializzata nella tornitura di precisione, ha firmato l'accordo con il Comune."),
        EntityType.THEME, "tornitura di precisione");
    entity(run("La empresa, especializada en cestería de mimbre, presentó su plan."), EntityType.THEME,
        "cestería de mimbre");
  }

  @Test
  void aCommaEndsTheThemeAndNoVerbPhraseFollows() {
    var doc = run("Brenvale Foods, a producer of pickled walnuts, joined the cluster in March.");
    assertEquals(1, doc.entities().stream().filter(e -> e.type() == EntityType.THEME).count());
  }

  @Test
  void coordinatedPhrasesAreThemesOfTheirOwn() {
    var doc = run("La société, consacrée à la vannerie et aux teintures naturelles, ouvre un atelier.");
    entity(doc, EntityType.THEME, "vannerie");
    entity(doc, EntityType.THEME, "teintures naturelles");
  }
}
