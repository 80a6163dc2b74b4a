package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NerTrainingTest {
  private static final Extractor RULES = Extractor.builder().build();

  private static List<NerTraining.Example> examples(String... sets) {
    List<NerTraining.Example> out = new ArrayList<>();
    for (String set : sets) {
      Path p = Path.of("src/test/resources", set);
      Assumptions.assumeTrue(Files.isDirectory(p), "SKIPPED: run from the extraction module directory");
      AnnotatedText.readDir(p).forEach(t -> out.add(NerTraining.example(RULES, t)));
    }
    return out;
  }

  @Test
  void aTaggerTrainedOnSomeSetsFindsMostGoldOccurrencesOfAnother() {
    NerTagger tagger = NerTraining.train(examples("dev2", "holdout", "holdout2", "holdout3"), true);
    int gold = 0;
    int found = 0;
    for (NerTraining.Example e : examples("dev")) {
      Set<NerSpan> tagged = new HashSet<>(tagger.tag(e.analysis()));
      for (NerSpan s : NerLabels.spans(e.analysis().doc(), 0, e.gold())) {
        gold++;
        found += tagged.contains(s) ? 1 : 0;
      }
    }
    assertThat(found / (double) gold).isGreaterThan(0.85);
  }

  @Test
  void trainingOnTheSameTextsGivesTheSameTagger() {
    List<NerTraining.Example> texts = examples("holdout", "holdout2");
    String first = NerTraining.train(texts, true).model().serialise();
    assertThat(first).contains("r=B-ORG\t");
    assertThat(NerTraining.train(texts, true).model().serialise()).isEqualTo(first);
  }
}
