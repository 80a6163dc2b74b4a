package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerEntityFilterTest {
  private static Ent ent(Doc doc, EntityType type, String text, String kind) {
    Ent e = new Ent(type, text);
    int at = doc.text.indexOf(text);
    e.cands.add(new Cand(at, at + text.length(), type, kind, Cand.PATTERN, text));
    e.text = text;
    e.attrs.put("kind", kind);
    return e;
  }

  @Test
  void dropsWhatTheWeightsRejectAndRenumbersTheRest() {
    Doc doc = new Doc("Acme Spa and Borg Srl work on robotics with Cyan Ltd.", "en");
    List<Ent> ents = List.of(ent(doc, EntityType.ORG, "Acme Spa", "company"),
        ent(doc, EntityType.ORG, "Borg Srl", "company"), ent(doc, EntityType.THEME, "robotics", null),
        ent(doc, EntityType.ORG, "Cyan Ltd", "company"));
    NerEntityFilter filter = new NerEntityFilter(new Perceptron(Map.of("bias", 1.0, "first=ORG|borg", -4.0)));
    assertThat(filter.keep(doc, ents)).extracting(e -> e.id + ":" + e.text)
        .containsExactly("O1:Acme Spa", "T1:robotics", "O2:Cyan Ltd");
  }

  @Test
  void decidesOnlyOnOrganisationsAndAgreements() {
    Doc doc = new Doc("Acme Spa signed an MoU on robotics.", "en");
    NerEntityFilter rejectAll = new NerEntityFilter(new Perceptron(Map.of("bias", -3.0)));
    assertThat(rejectAll.keep(doc, ent(doc, EntityType.ORG, "Acme Spa", "company"))).isFalse();
    assertThat(rejectAll.keep(doc, ent(doc, EntityType.AGREEMENT, "MoU", "MoU"))).isFalse();
    assertThat(rejectAll.keep(doc, ent(doc, EntityType.THEME, "robotics", null))).isTrue();
  }

  @Test
  void aNegativeWeightOnAnOrganisationsFirstWordDropsItAndKeepsTheOthers() {
    Doc doc = new Doc("Acme Spa and Borg Srl work on robotics.", "en");
    NerEntityFilter filter = new NerEntityFilter(new Perceptron(Map.of("bias", 1.0, "first=ORG|borg", -4.0)));
    assertThat(filter.keep(doc, ent(doc, EntityType.ORG, "Borg Srl", "company"))).isFalse();
    assertThat(filter.keep(doc, ent(doc, EntityType.ORG, "Acme Spa", "company"))).isTrue();
  }

  @Test
  void aRuleEntityIsAnnotatedWhenTheGoldHasItsTypeAndSurface() throws Exception {
    var gold = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
        {"entities": [{"id": "O1", "type": "ORG", "text": "Acme S.p.A.", "mentions": ["Acme  Spa"]}]}""");
    Doc doc = new Doc("Acme Spa works on robotics.", "en");
    assertThat(NerEntityFilter.annotated(gold, ent(doc, EntityType.ORG, "Acme Spa", "company"))).isTrue();
    assertThat(NerEntityFilter.annotated(gold, ent(doc, EntityType.PLACE, "Acme Spa", null))).isFalse();
  }
}
