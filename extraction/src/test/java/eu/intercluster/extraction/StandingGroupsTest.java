package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A working group is an event only where the text has it meet. */
class StandingGroupsTest {
  @Test
  void aWorkingGroupAnAgreementSetsUpIsNoEvent() {
    ExtractedDocument doc = run("The memorandum provides for a joint working group on hydrogen and annual exchanges.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.EVENT);
  }

  @Test
  void aWorkingGroupThatMeetsIsAnEvent() {
    ExtractedDocument doc = run("On 4 March two working groups discussed maritime technologies at the Kestrel "
        + "Robotics Forum.");
    assertThat(doc.entities()).anyMatch(e -> e.type() == EntityType.EVENT && e.text().equals("working groups"));
  }
}
