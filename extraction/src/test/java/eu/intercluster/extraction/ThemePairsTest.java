package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Session 18: the other item of a two-item list joined to a theme by a conjunction is a theme (guide §1). */
class ThemePairsTest {
  @Test
  void theItemCoordinatedWithAThemeIsATheme() {
    assertEquals("OTHER", entity(run("The region will finance precision agriculture and seed banks."),
        EntityType.THEME, "seed banks").attribute("norm"));
    entity(run("La Regione sostiene la lavorazione artigiana e l'agricoltura di precisione."), EntityType.THEME,
        "lavorazione artigiana");
    entity(run("La convocatoria apoya la ciberseguridad y la gestión de flotas."), EntityType.THEME,
        "gestión de flotas");
  }

  @Test
  void aCommaAloneJoinsNoPair() {
    var doc = run("The mayor praised the urban regeneration of the harbour, a model of thrift.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.THEME && e.text().contains("thrift"));
  }
}
