package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps or drops the rules' relation proposals and adds same-sentence relations the rules missed, by the
 * score of a perceptron trained on annotated texts ({@link ModelTrainer}). Measured by {@link CrossValidation};
 * not part of the default extractor, because the cross-validated figures did not improve (see
 * docs/benchmarks/extraction.md).
 */
final class RelationClassifier {
  private final Perceptron model;

  RelationClassifier(Perceptron model) {
    this.model = model;
  }

  List<Relation> decide(RelationContext ctx, List<Relation> proposals) {
    List<Relation> out = new ArrayList<>();
    for (RelationCandidates.Candidate c : RelationCandidates.of(ctx, proposals)) {
      if (model.score(c.features()) > 0) {
        out.add(new Relation(c.type(), c.a().id, c.b().id, c.proposed() ? noteOf(proposals, c) : "classifier"));
      }
    }
    return out;
  }

  private static String noteOf(List<Relation> proposals, RelationCandidates.Candidate c) {
    for (Relation r : proposals) {
      if (r.type().equals(c.type()) && r.arg0().equals(c.a().id) && r.arg1().equals(c.b().id)) {
        return r.note();
      }
    }
    return null;
  }
}
