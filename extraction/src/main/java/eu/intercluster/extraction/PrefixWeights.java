package eu.intercluster.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A perceptron's weights regrouped by the prefix before the first colon of their feature ("SIGNED:bias",
 * "ORG>PLACE:w=in"): each unprefixed feature holds its weight under every prefix, so one look-up per feature scores
 * a list for all prefixes at once. Each prefix's score sums its weights in the list's order, skipping the features
 * it has none for, exactly as {@link Perceptron#score} sums the prefixed list.
 */
final class PrefixWeights {
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, double[]> byFeature = new HashMap<>();

  PrefixWeights(Map<String, Double> weights) {
    weights.keySet().stream().filter(f -> f.indexOf(':') > 0).map(f -> f.substring(0, f.indexOf(':'))).distinct()
        .sorted().forEach(prefix -> index.put(prefix, index.size()));
    weights.forEach((feature, weight) -> {
      int colon = feature.indexOf(':');
      if (colon > 0) {
        byFeature.computeIfAbsent(feature.substring(colon + 1), f -> new double[index.size()])
            [index.get(feature.substring(0, colon))] = weight;
      }
    });
  }

  /** The position of a prefix in {@link #scores}' array, or null when no feature has it. */
  Integer index(String prefix) {
    return index.get(prefix);
  }

  /** The score of the unprefixed features under every prefix, by {@link #index}. */
  double[] scores(List<String> unprefixed) {
    double[] s = new double[index.size()];
    for (String f : unprefixed) {
      double[] w = byFeature.get(f);
      if (w != null) {
        for (int p = 0; p < w.length; p++) {
          if (w[p] != 0) {
            s[p] += w[p];
          }
        }
      }
    }
    return s;
  }
}
