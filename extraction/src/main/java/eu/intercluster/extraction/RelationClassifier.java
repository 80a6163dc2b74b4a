package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the relations the rules missed that a perceptron trained on annotated texts ({@link ModelTrainer}) scores
 * above {@link #MARGIN} (none of a type it has no weights for), among the candidates of {@link RelationCandidates}
 * (pairs in one sentence, and pairs of the main event or project with an entity in another sentence); every rule
 * proposal is kept. Letting it also drop rule proposals
 * cost recall on the seeds (relation F1 0.948 -> 0.696) for no cross-validated gain (docs/benchmarks/extraction.md).
 */
final class RelationClassifier {
  /**
   * A candidate is added when it scores above this margin. Leave one set out over 529 texts (with the retyper's
   * occurrence words): 0 gives relation F1 0.309, -2 0.314, -3 0.316 (up on 21 sets, down on 6), -4 0.317 (precision
   * 0.375); seeds 0.823 at 0, 0.811 at -3. Per-type margins (chosen on five folds) gave 0.315.
   */
  static final double MARGIN = -3;
  private final Perceptron model;
  private final double margin;
  /** The model's weights split by the type prefix of their feature ("SIGNED:bias" under "SIGNED", "bias"). */
  private final Map<String, Map<String, Double>> weightsByType = new HashMap<>();

  RelationClassifier(Perceptron model) {
    this(model, MARGIN);
  }

  RelationClassifier(Perceptron model, double margin) {
    this.model = model;
    this.margin = margin;
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

  RelationClassifier withMargin(double newMargin) {
    return new RelationClassifier(model, newMargin);
  }

  List<Relation> decide(RelationContext ctx, List<Relation> proposals) {
    List<Relation> out = new ArrayList<>(proposals);
    for (RelationCandidates.Candidate c : RelationCandidates.of(ctx, proposals)) {
      if (!c.proposed() && weightsByType.containsKey(c.type()) && score(c) > margin) {
        out.add(new Relation(c.type(), c.a().id, c.b().id, "classifier"));
      }
    }
    return out;
  }

  /**
   * The model's score of the candidate's type-prefixed features, read without building them: the same weights
   * summed in the same order as {@link Perceptron#score}.
   */
  double score(RelationCandidates.Candidate c) {
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
