package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrefixWeightsTest {
  private static final Map<String, Double> WEIGHTS = Map.of("SIGNED:bias", 0.1, "SIGNED:w=firma", 2.3,
      "SIGNED:gap=0-2", -0.7, "MEETS:bias", -1.0, "MEETS:w=firma", 0.3, "MEETS:k=a:b", 0.2, "unprefixed", 9.0);

  @Test
  void scoresEveryPrefixExactlyAsThePerceptronScoresThePrefixedList() {
    Perceptron model = new Perceptron(WEIGHTS);
    PrefixWeights byFeature = new PrefixWeights(WEIGHTS);
    List<String> features = List.of("bias", "w=firma", "gap=0-2", "k=a:b", "unseen", "w=firma", "unprefixed");
    double[] scores = byFeature.scores(features);
    for (String prefix : List.of("SIGNED", "MEETS")) {
      List<String> prefixed = new ArrayList<>();
      features.forEach(f -> prefixed.add(prefix + ":" + f));
      assertThat(scores[byFeature.index(prefix)]).isEqualTo(model.score(prefixed));
    }
    assertThat(byFeature.index("LED_BY")).isNull();
    assertThat(byFeature.index("unprefixed")).isNull();
  }

  @Test
  void aPrefixWithoutWeightsForAnyFeatureScoresZero() {
    PrefixWeights byFeature = new PrefixWeights(WEIGHTS);
    assertThat(byFeature.scores(List.of("gap=0-2"))[byFeature.index("MEETS")]).isZero();
  }
}
