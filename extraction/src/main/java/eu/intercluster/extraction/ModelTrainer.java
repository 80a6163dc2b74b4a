package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains the relation classifier on annotated texts: the rules run on each text, every candidate relation
 * (see {@link RelationCandidates}) between entities that match gold entities becomes an example, positive
 * when the gold annotation holds that relation. Deterministic: fixed seed, texts and candidates in order.
 */
final class ModelTrainer {
  static final int EPOCHS = 12;
  static final long SEED = 20261122L;

  private ModelTrainer() {}

  static Perceptron train(List<NerTraining.Example> texts) {
    return Perceptron.train(examples(texts), EPOCHS, SEED);
  }

  /** The rules' analyses of annotated texts, as the trainers take them. */
  static List<NerTraining.Example> analyse(List<AnnotatedText> texts) {
    Extractor rules = Extractor.builder().build();
    return texts.stream().map(t -> NerTraining.example(rules, t)).toList();
  }

  static List<Perceptron.Example> examples(List<NerTraining.Example> texts) {
    List<Perceptron.Example> out = new ArrayList<>();
    for (NerTraining.Example e : texts) {
      AnnotatedText t = e.text();
      Extractor.Analysis a = e.analysis();
      Map<String, String> toGold = t.align(a.ents());
      Set<String> gold = t.relationKeys();
      for (RelationCandidates.Candidate c : RelationCandidates.of(a.ctx(), a.ctx().relations())) {
        String ga = toGold.get(c.a().id);
        String gb = toGold.get(c.b().id);
        if (ga != null && gb != null) {
          out.add(new Perceptron.Example(c.features(), gold.contains(c.type() + "|" + ga + "|" + gb)));
        }
      }
    }
    return out;
  }
}
