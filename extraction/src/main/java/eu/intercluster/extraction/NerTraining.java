package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns annotated texts into training data (the rules' analysis of each body with gold BIO labels) and trains
 * the tagger (used by {@link NerEvaluation}'s cross-validation; no trained model ships in the jar).
 */
final class NerTraining {
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
}
