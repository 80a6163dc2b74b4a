package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22: "the Rector of CTU, Professor Zuzana Horák" (an academic title between a role phrase and the name) and
 * "Mirai's president and CEO, Hiroshi Tanabe" (an owner before a role with modifiers).
 */
class RoleOwnersAndAcademicTitlesTest {
  private static Object attribute(ExtractedDocument doc, String person, String name) {
    return entity(doc, EntityType.PERSON, person).attributes().get(name);
  }

  @Test
  void anAcademicTitleAfterACommaLeavesTheRolePhraseBeforeIt() {
    ExtractedDocument en = run("The lab was opened by the Director of VELTRIC, Professor Tomas Berg, in Brno.");
    assertThat(attribute(en, "Tomas Berg", "role")).isEqualTo("Director of VELTRIC");
    assertThat(attribute(en, "Tomas Berg", "org")).isEqualTo(entity(en, EntityType.ORG, "VELTRIC").id());
    ExtractedDocument it = run("Ha parlato il direttore del VELTRIC, Professoressa Anna Neri, a Bologna.");
    assertThat(attribute(it, "Anna Neri", "role")).isEqualTo("direttore del VELTRIC");
  }

  @Test
  void anAcademicTitleWithoutARolePhraseBeforeItIsTheRole() {
    ExtractedDocument en = run("The lab was opened on Monday in Brno. \"We are ready,\" said Professor Tomas Berg.");
    assertThat(attribute(en, "Tomas Berg", "role")).isEqualTo("Professor");
  }

  @Test
  void theOwnerBeforeARoleWithModifiersOrACoordinatedRole() {
    ExtractedDocument en = run("The plant was opened by Orvik's president and CEO, Lars Berg, and by VELTRIC's community "
        + "programme manager, Anna Holm.");
    assertThat(attribute(en, "Lars Berg", "org")).isEqualTo(entity(en, EntityType.ORG, "Orvik").id());
    assertThat(attribute(en, "Anna Holm", "org")).isEqualTo(entity(en, EntityType.ORG, "VELTRIC").id());
  }

  @Test
  void noOwnerAcrossAnArticleOrAPlace() {
    ExtractedDocument en = run("VELTRIC's partners and the Mayor of Brno, Lars Berg, visited the plant.");
    assertThat(attribute(en, "Lars Berg", "org")).isNull();
  }
}
