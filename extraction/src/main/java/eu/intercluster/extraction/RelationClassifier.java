package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the relations the rules missed that a perceptron trained on annotated texts ({@link ModelTrainer}) scores
 * above zero, among the candidates of {@link RelationCandidates} (pairs in one sentence, and pairs of the main event
 * or project with an entity in another sentence); every rule proposal is kept. Letting it also drop rule proposals
 * cost recall on the seeds (relation F1 0.948 -> 0.696) for no cross-validated gain (docs/benchmarks/extraction.md).
 */
final class RelationClassifier {
  private final Perceptron model;

  RelationClassifier(Perceptron model) {
    this.model = model;
  }

  Perceptron model() {
    return model;
  }

  List<Relation> decide(RelationContext ctx, List<Relation> proposals) {
    List<Relation> out = new ArrayList<>(proposals);
    for (RelationCandidates.Candidate c : RelationCandidates.of(ctx, proposals)) {
      if (!c.proposed() && model.score(c.features()) > 0) {
        out.add(new Relation(c.type(), c.a().id, c.b().id, "classifier"));
      }
    }
    return out;
  }
}
