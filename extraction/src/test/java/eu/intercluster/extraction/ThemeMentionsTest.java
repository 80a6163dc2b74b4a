package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 12: a phrase headed by a theme term is a theme of its own; what a company makes is its theme. */
class ThemeMentionsTest {
  @Test
  void aPhraseHeadedByTheTermDoesNotAbsorbTheBareTerm() {
    ExtractedDocument doc = run("The hub in Ghent will sell robotics services to bakeries. "
        + "Its staff trained in robotics for two years.");
    entity(doc, EntityType.THEME, "robotics services");
    entity(doc, EntityType.THEME, "robotics");
  }

  @Test
  void bareMentionsOfOneTermStayOneEntity() {
    ExtractedDocument doc = run("The fund in Turku backs artificial intelligence. Start-ups using AI may apply.");
    assertThat(doc.entities()).filteredOn(e -> e.type() == EntityType.THEME).hasSize(1);
  }

  @Test
  void aCompanyCarriesWhatItProduces() {
    ExtractedDocument doc = run("La fiera di Vellano si è chiusa ieri. Parteciperanno trenta imprese. "
        + "Tra queste la Bormetta S.p.A., che produce elettrolizzatori a Lecco.");
    Entity company = entity(doc, EntityType.ORG, "Bormetta S.p.A.");
    Entity theme = entity(doc, EntityType.THEME, "elettrolizzatori");
    assertThat(has(doc, "HAS_THEME", company, theme)).as(doc.relations().toString()).isTrue();
  }
}
