package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelationCandidatesTest {
  private static final String TEXT = "Il Forum Innovazione Digitale 2026 si è svolto a Bologna il 5 marzo 2026. "
      + "Erano presenti molte imprese del territorio. "
      + "Tra i relatori anche Acme Robotics Srl e la Regione Emilia-Romagna.";

  private static List<RelationCandidates.Candidate> candidates(Extractor.Analysis a) {
    return RelationCandidates.of(a.ctx(), a.ctx().relations());
  }

  @Test
  void theMainEventIsPairedWithEntitiesOfOtherSentences() {
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(TEXT);
    Ent event = a.ctx().mainEvent;
    assertThat(event).isNotNull();
    Ent org = a.ents().stream().filter(e -> e.type == EntityType.ORG && !e.inSentence(a.doc(), 0)).findFirst()
        .orElseThrow();
    assertThat(candidates(a)).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo("PARTICIPATED");
      assertThat(c.a()).isSameAs(org);
      assertThat(c.b()).isSameAs(event);
      assertThat(c.features()).contains("PARTICIPATED:far-main=b,false", "PARTICIPATED:sw=relat");
    });
  }

  @Test
  void sameSentencePairsSayWhetherAnArgumentIsTheOthersClosestOfItsType() {
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(TEXT);
    assertThat(candidates(a)).filteredOn(c -> c.type().equals("LOCATED_IN") && c.b().text.equals("Bologna")
            && c.a() == a.ctx().mainEvent)
        .singleElement()
        .satisfies(c -> assertThat(c.features()).contains("LOCATED_IN:nearestB=true,ab", "LOCATED_IN:lang=it"));
  }

  @Test
  void theMainAgreementIsPairedWithEntitiesOfOtherSentences() {
    String text = "Bologna, 5 March 2026. A memorandum of understanding on artificial intelligence was signed "
        + "yesterday. The signatories are Acme Robotics Srl and the University of Bologna.";
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(text);
    Ent agreement = a.ctx().mainAgreement;
    assertThat(agreement).isNotNull();
    Ent org = a.ents().stream().filter(e -> e.text.equals("Acme Robotics Srl")).findFirst().orElseThrow();
    assertThat(candidates(a)).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo("SIGNED");
      assertThat(c.a()).isSameAs(agreement);
      assertThat(c.b()).isSameAs(org);
      assertThat(c.features()).contains("SIGNED:far-main=a,false");
    });
  }

  @Test
  void aFarPairSaysWhichRelationsTheRulesGaveTheOtherArgumentWithAThirdEntity() {
    String text = "Il Forum Innovazione Digitale 2026 si è svolto a Bologna il 5 marzo 2026. "
        + "Erano presenti molte imprese del territorio. "
        + "Tra i relatori anche Acme Robotics Srl, con sede a Modena.";
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(text);
    Ent event = a.ctx().mainEvent;
    Ent org = a.ents().stream().filter(e -> e.text.equals("Acme Robotics Srl")).findFirst().orElseThrow();
    assertThat(candidates(a)).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo("PARTICIPATED");
      assertThat(c.a()).isSameAs(org);
      assertThat(c.b()).isSameAs(event);
      assertThat(c.features()).contains("PARTICIPATED:far-other=LOCATED_IN,0");
    });
  }
}
