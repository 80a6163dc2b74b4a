package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A theme word inside the name of a programme that is not the text's main project is no theme of it; a body that
 * groups or represents the members of a sector carries that sector.
 */
class ThemeNameAndGroupingTest {
  @Test
  void aFunderNamedAfterATopicDoesNotTakeTheProjectsTheme() {
    ExtractedDocument doc = run("Valencia, 3 March 2026 – The port of Valencia has launched the GreenTug project with six"
        + " partners. The GreenTug project will test two tugboats powered by hydrogen. The project is funded by the Clean"
        + " Hydrogen Partnership with 4 million euros.");
    Entity hydrogen = entity(doc, EntityType.THEME, "hydrogen");
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.PROGRAMME, "GreenTug"), hydrogen)).isTrue();
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.PROGRAMME, "Clean Hydrogen Partnership"), hydrogen))
        .isFalse();
  }

  @Test
  void aBodyThatGroupsASectorsMembersCarriesTheSector() {
    ExtractedDocument doc = run("Nantes, le 3 mars 2026 – Le pôle de compétitivité Valorial, qui fédère plus de 400"
        + " membres de la filière agroalimentaire du Grand Ouest, a signé une convention avec la Région.");
    assertThat(has(doc, "HAS_THEME", entity(doc, EntityType.ORG, "Valorial"),
        entity(doc, EntityType.THEME, "filière agroalimentaire"))).isTrue();
  }
}
