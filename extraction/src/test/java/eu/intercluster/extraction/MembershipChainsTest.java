package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipChainsTest {
  @Test
  void aSecondBodyAfterTheFirstOnesHeadNounAndANationalAdjectiveIsJoinedToo() {
    ExtractedDocument doc = run("Vectris B.V. makes robots in Eindhoven. It is a member of the Brainport Industries "
        + "cluster and of the Dutch robotics association RoboValley.");
    Entity vectris = entity(doc, EntityType.ORG, "Vectris B.V.");
    assertThat(has(doc, "PART_OF", vectris, entity(doc, EntityType.ORG, "Brainport Industries"))).isTrue();
    assertThat(has(doc, "PART_OF", vectris, entity(doc, EntityType.ORG, "RoboValley"))).isTrue();
  }

  @Test
  void aCompanyFoundedAsASpinOffOfAUniversityIsPartOfIt() {
    ExtractedDocument doc = run("Solvira Oy develops enzymes in Turku. Solvira Oy was founded in 2018 as a spin-off "
        + "of the University of Turku.");
    assertThat(has(doc, "PART_OF", entity(doc, EntityType.ORG, "Solvira Oy"),
        entity(doc, EntityType.ORG, "University of Turku"))).isTrue();
  }
}
