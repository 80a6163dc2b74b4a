package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A count spelt out before a demonym opening a sentence ("Fourteen Irish firms") is no organisation. */
class SpeltOutCountsTest {
  @Test
  void aSpeltOutCountBeforeADemonymIsNoOrganisation() {
    ExtractedDocument doc = run("Boston, 4 May 2026 – Fourteen Irish firms joined the mission to Boston. Seventeen "
        + "Danish companies took part as well.");
    assertThat(doc.entities()).noneMatch(e -> e.type() == EntityType.ORG);
  }
}
