package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the relations the rules missed that a perceptron trained on annotated texts ({@link ModelTrainer}) scores
 * above zero, among the candidates of {@link RelationCandidates} (pairs in one sentence, and pairs of the main event
 * or project with an entity in another sentence); every rule proposal is kept. Letting it also drop rule proposals
 * cost recall on the seeds (relation F1 0.948 -> 0.696) for no cross-validated gain (docs/benchmarks/extraction.md).
 */
final class RelationClassifier {
  private final Perceptron model;
  /** The model's weights split by the type prefix of their feature ("SIGNED:bias" under "SIGNED", "bias"). */
  private final Map<String, Map<String, Double>> weightsByType = new HashMap<>();

  RelationClassifier(Perceptron model) {
    this.model = model;
    model.weights().forEach((feature, weight) -> {
      int colon = feature.indexOf(':');
      if (colon > 0) {
        weightsByType.computeIfAbsent(feature.substring(0, colon), t -> new HashMap<>())
            .put(feature.substring(colon + 1), weight);
      }
    });
  }

  Perceptron model() {
    return model;
  }

  List<Relation> decide(RelationContext ctx, List<Relation> proposals) {
    List<Relation> out = new ArrayList<>(proposals);
    for (RelationCandidates.Candidate c : RelationCandidates.of(ctx, proposals)) {
      if (!c.proposed() && score(c) > 0) {
        out.add(new Relation(c.type(), c.a().id, c.b().id, "classifier"));
      }
    }
    return out;
  }

  /**
   * The model's score of the candidate's type-prefixed features, read without building them: the same weights
   * summed in the same order as {@link Perceptron#score}.
   */
  private double score(RelationCandidates.Candidate c) {
    Map<String, Double> weights = weightsByType.getOrDefault(c.type(), Map.of());
    double s = 0;
    for (String f : c.unprefixedFeatures()) {
      Double w = weights.get(f);
      if (w != null) {
        s += w;
      }
    }
    return s;
  }
}
