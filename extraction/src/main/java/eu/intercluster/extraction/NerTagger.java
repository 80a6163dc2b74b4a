package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The trained entity recogniser: an averaged-perceptron BIO tagger over the rules' analysis of a text. It sees
 * the rule entities and candidates as features, so it learns when to trust them. Thread-safe once built.
 */
final class NerTagger {
  static final int EPOCHS = 8;
  static final long SEED = 20261122L;

  private final NerModel model;
  private final NerFeatures features;

  NerTagger(NerModel model, NerFeatures features) {
    this.model = model;
    this.features = features;
  }

  /** The entity occurrences the tagger finds in an analysed text, in text order. */
  List<NerSpan> tag(Extractor.Analysis a) {
    List<NerSpan> out = new ArrayList<>();
    List<NerModel.Sequence> sequences = features.sequences(a, null);
    for (int s = 0; s < sequences.size(); s++) {
      out.addAll(NerLabels.spans(a.doc(), a.doc().sentence(s).first(), model.tag(sequences.get(s))));
    }
    return out;
  }

  NerModel model() {
    return model;
  }
}
