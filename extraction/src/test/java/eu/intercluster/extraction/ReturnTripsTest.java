package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Trips that are not part of the text's main event (guide §3). */
class ReturnTripsTest {
  @Test
  void aReturnMissionIsNotPartOfTheMainMission() {
    ExtractedDocument doc = run("Valdoria, 3 May 2026 – The trade mission of the Valdoria Chamber of Commerce to "
        + "Tarvik ended yesterday. During the mission, twelve companies met buyers in Tarvik. A return mission of Tarvik "
        + "companies is planned in Valdoria for 2027.");
    Entity main = entity(doc, EntityType.EVENT, "trade mission");
    Entity back = entity(doc, EntityType.EVENT, "return mission");
    assertThat(has(doc, "PART_OF", back, main)).isFalse();
  }
}
