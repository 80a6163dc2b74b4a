package eu.intercluster.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns annotated texts into training data (the rules' analysis of each body with gold BIO labels) and trains
 * the tagger. {@link #main} trains the rule-entity filter on the texts of the directories and writes its
 * weights: {@code NerTraining OUT_FILE DIR...}, the build-time step that {@link NerEntityFilter#builtIn()} reads.
 */
public final class NerTraining {
  /** One annotated text as the tagger sees it: the rules' analysis and the gold labels of its tokens. */
  record Example(AnnotatedText text, Extractor.Analysis analysis, int[] gold) {}

  private NerTraining() {}

  static Example example(Extractor rules, AnnotatedText t) {
    Extractor.Analysis a = rules.analyse(t.article().body());
    return new Example(t, a, NerLabels.gold(t.gold(), a.doc()));
  }

  static List<NerModel.Sequence> sequences(List<Example> examples, NerFeatures features) {
    List<NerModel.Sequence> out = new ArrayList<>();
    for (Example e : examples) {
      out.addAll(features.sequences(e.analysis(), e.gold()));
    }
    return out;
  }

  static NerTagger train(List<Example> examples, boolean ruleFeatures) {
    NerFeatures features = new NerFeatures(ruleFeatures);
    return new NerTagger(NerModel.train(sequences(examples, features), NerTagger.EPOCHS, NerTagger.SEED), features);
  }

  public static void main(String[] args) throws java.io.IOException {
    Extractor rules = Extractor.builder().build();
    List<Example> examples = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      for (AnnotatedText t : AnnotatedText.readDir(Path.of(args[i]))) {
        examples.add(example(rules, t));
      }
    }
    NerEntityFilter filter = NerEntityFilter.train(examples);
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, filter.serialise());
    System.out.printf("entity filter trained on %d texts -> %s%n", examples.size(), out);
  }
}
