package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
  /** The model's weights by unprefixed feature ("SIGNED:bias" as "bias"), one look-up serving every type of a pair. */
  private final PrefixWeights byFeature;

  RelationClassifier(Perceptron model) {
    this(model, MARGIN);
  }

  RelationClassifier(Perceptron model, double margin) {
    this.model = model;
    this.margin = margin;
    byFeature = new PrefixWeights(model.weights());
  }

  Perceptron model() {
    return model;
  }

  RelationClassifier withMargin(double newMargin) {
    return new RelationClassifier(model, newMargin);
  }

  List<Relation> decide(RelationContext ctx, List<Relation> proposals) {
    List<Relation> out = new ArrayList<>(proposals);
    Map<List<String>, double[]> scoresByFeatures = new IdentityHashMap<>();
    for (RelationCandidates.Candidate c : RelationCandidates.of(ctx, proposals)) {
      Integer type = byFeature.index(c.type());
      if (!c.proposed() && type != null
          && scoresByFeatures.computeIfAbsent(c.unprefixedFeatures(), byFeature::scores)[type] > margin) {
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
    Integer type = byFeature.index(c.type());
    return type == null ? 0 : byFeature.scores(c.unprefixedFeatures())[type];
  }
}
