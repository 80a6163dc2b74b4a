package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.has;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FundingRelationsTest {
  @Test
  void aSupporterFundsWhatItsSentenceNames() {
    ExtractedDocument doc = run("The Alpine Robotics Forum 2026 was held in Turin with the support of the Piedmont "
        + "Chamber of Commerce.");
    assertThat(has(doc, "FUNDED_BY", entity(doc, EntityType.EVENT, "Alpine Robotics Forum 2026"),
        entity(doc, EntityType.ORG, "Piedmont Chamber of Commerce"))).isTrue();
  }

  @Test
  void aSupporterInASentenceWithoutWhatItSupportsFundsNothing() {
    ExtractedDocument doc = run("The Alpine Robotics Forum 2026 took place in Turin on 5 March 2026. The regional "
        + "stand was set up with the support of the Piedmont Chamber of Commerce.");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("FUNDED_BY"));
  }
}
