package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A binary averaged perceptron over string features: score = sum of the weights of the features present.
 * Training is deterministic (a fixed seed orders the examples each epoch); {@link #serialise()} gives the
 * weights as sorted "feature TAB weight" lines.
 */
final class Perceptron {
  /** One training example: its features and whether it is a positive. */
  record Example(List<String> features, boolean positive) {}

  private final Map<String, Double> weights;

  Perceptron(Map<String, Double> weights) {
    this.weights = weights;
  }

  double score(List<String> features) {
    double s = 0;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        s += w;
      }
    }
    return s;
  }

  Map<String, Double> weights() {
    return java.util.Collections.unmodifiableMap(weights);
  }

  int size() {
    return weights.size();
  }

  static Perceptron train(List<Example> examples, int epochs, long seed) {
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> total = new HashMap<>();
    Map<String, Integer> stamp = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    int step = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (Example ex : order) {
        step++;
        double s = 0;
        for (String f : ex.features()) {
          s += w.getOrDefault(f, 0.0);
        }
        boolean guess = s > 0;
        if (guess != ex.positive()) {
          double delta = ex.positive() ? 1 : -1;
          for (String f : ex.features()) {
            double old = w.getOrDefault(f, 0.0);
            total.merge(f, old * (step - stamp.getOrDefault(f, 0)), Double::sum);
            stamp.put(f, step);
            w.put(f, old + delta);
          }
        }
      }
    }
    Map<String, Double> averaged = new TreeMap<>();
    for (Map.Entry<String, Double> e : w.entrySet()) {
      String f = e.getKey();
      double sum = total.getOrDefault(f, 0.0) + e.getValue() * (step - stamp.getOrDefault(f, 0));
      double avg = Math.round(sum / step * 1e4) / 1e4;
      if (avg != 0) {
        averaged.put(f, avg);
      }
    }
    return new Perceptron(averaged);
  }

  /**
   * Bagged training: the groups (one per text, in order) are cut into {@code bags} contiguous chunks; one
   * perceptron is trained without each chunk and the weights are averaged, so a feature weighs much only when
   * most bags learned it. Deterministic as {@link #train}.
   */
  static Perceptron trainBagged(List<List<Example>> groups, int bags, int epochs, long seed) {
    if (bags <= 1) {
      return train(groups.stream().flatMap(List::stream).toList(), epochs, seed);
    }
    Map<String, Double> sum = new TreeMap<>();
    for (int b = 0; b < bags; b++) {
      int from = b * groups.size() / bags;
      int to = (b + 1) * groups.size() / bags;
      List<Example> data = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        if (i < from || i >= to) {
          data.addAll(groups.get(i));
        }
      }
      train(data, epochs, seed).weights().forEach((f, w) -> sum.merge(f, w, Double::sum));
    }
    Map<String, Double> averaged = new TreeMap<>();
    sum.forEach((f, w) -> {
      double avg = Math.round(w / bags * 1e4) / 1e4;
      if (avg != 0) {
        averaged.put(f, avg);
      }
    });
    return new Perceptron(averaged);
  }

  /** The weights {@link #serialise()} wrote. */
  static Perceptron parse(String lines) {
    Map<String, Double> w = new HashMap<>();
    for (String line : lines.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
    }
    return new Perceptron(w);
  }

  String serialise() {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(weights).forEach((f, v) -> sb.append(f).append('\t').append(v).append('\n'));
    return sb.toString();
  }
}
