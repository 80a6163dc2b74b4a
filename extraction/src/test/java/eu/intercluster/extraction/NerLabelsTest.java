package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerLabelsTest {
  private static final String BODY = "Marta Cossu, presidente della Regione Sardegna, ha firmato. Cossu ha detto: Regione.";

  @Test
  void goldOccurrencesOfTextsAndMentionsBecomeBioLabelsLongestFirst() throws Exception {
    var gold = new ObjectMapper().readTree("""
        {"entities": [
          {"id": "P1", "type": "PERSON", "text": "Marta Cossu", "mentions": ["Cossu"]},
          {"id": "O1", "type": "ORG", "text": "Regione Sardegna", "mentions": ["Regione"]}]}""");
    Doc doc = new Doc(BODY, "it");
    int[] labels = NerLabels.gold(gold, doc);
    List<String> tagged = doc.tokens.stream()
        .map(t -> t.text() + "/" + NerLabels.name(labels[doc.tokens.indexOf(t)])).toList();
    assertThat(tagged).containsSubsequence("Marta/B-PERSON", "Cossu/I-PERSON", ",/O", "della/O", "Regione/B-ORG",
        "Sardegna/I-ORG", "./O", "Cossu/B-PERSON", "ha/O", "Regione/B-ORG", "./O");
    assertThat(NerLabels.spans(doc, 0, labels)).extracting(s -> doc.slice(s.start(), s.end()))
        .containsExactly("Marta Cossu", "Regione Sardegna", "Cossu", "Regione");
  }

  @Test
  void anOccurrenceThatDoesNotStartOnATokenIsLeftOut() throws Exception {
    var gold = new ObjectMapper().readTree("""
        {"entities": [{"id": "P1", "type": "PERSON", "text": "arta Cos", "mentions": []}]}""");
    Doc doc = new Doc(BODY, "it");
    assertThat(NerLabels.gold(gold, doc)).containsOnly(NerLabels.O);
  }
}
