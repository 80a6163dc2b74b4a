package eu.intercluster.extraction;

import static eu.intercluster.extraction.RulesOnly.entity;
import static eu.intercluster.extraction.RulesOnly.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English calls named by their rank, year or openness and by what they call for. */
class NumberedCallsTest {

  @Test
  void aRankedOrOpenCallWithItsObjectIsACall() {
    ExtractedDocument doc = run("The Velmar Sea Programme presented its third call for coastal projects at a forum in "
        + "Tallinn. The first open call for start-ups will be published in June. Kestrel Labs won in the 2024 call.");
    assertThat(entity(doc, EntityType.PROGRAMME, "third call for coastal projects").attribute("kind"))
        .isEqualTo("call");
    entity(doc, EntityType.PROGRAMME, "open call for start-ups");
    entity(doc, EntityType.PROGRAMME, "2024 call");
  }

  @Test
  void aCallForProposalsIsACallAndAPhoneCallIsNot() {
    ExtractedDocument doc = run("A new call for proposals worth EUR 9 million opens today. The minister took a call "
        + "from the mayor.");
    entity(doc, EntityType.PROGRAMME, "call for proposals");
    assertThat(doc.entities()).noneMatch(e -> e.text().equals("call"));
  }
}
