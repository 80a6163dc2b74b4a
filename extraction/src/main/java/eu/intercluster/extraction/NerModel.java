package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A multi-class averaged perceptron that tags a sentence greedily from left to right. Each token's features are
 * its fixed features plus three history features built from the two labels already chosen. Labels are BIO
 * ({@link NerLabels}); an I- label may only follow a B- or I- label of the same type. Training is deterministic
 * (a fixed seed orders the sentences each epoch).
 */
final class NerModel {
  /** One training or tagging unit: fixed features per token, the token words (for history features), gold labels. */
  record Sequence(List<List<String>> features, List<String> words, int[] gold) {}

  private final Map<String, float[]> weights;

  NerModel(Map<String, float[]> weights) {
    this.weights = weights;
  }

  /** Best label for each token of the sequence. */
  int[] tag(Sequence s) {
    int n = s.features().size();
    int[] out = new int[n];
    double[] scores = new double[NerLabels.COUNT];
    for (int i = 0; i < n; i++) {
      List<String> f = withHistory(s, i, out);
      java.util.Arrays.fill(scores, 0);
      for (String feature : f) {
        float[] w = weights.get(feature);
        if (w != null) {
          for (int k = 0; k < scores.length; k++) {
            scores[k] += w[k];
          }
        }
      }
      out[i] = best(scores, i == 0 ? NerLabels.O : out[i - 1]);
    }
    return out;
  }

  private static int best(double[] scores, int previous) {
    int best = NerLabels.O;
    for (int k = 1; k < scores.length; k++) {
      if (NerLabels.allowed(previous, k) && scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
  }

  private static List<String> withHistory(Sequence s, int i, int[] labels) {
    List<String> fixed = s.features().get(i);
    List<String> f = new ArrayList<>(fixed.size() + 3);
    f.addAll(fixed);
    String p1 = i > 0 ? NerLabels.name(labels[i - 1]) : "<s>";
    String p2 = i > 1 ? NerLabels.name(labels[i - 2]) : "<s>";
    f.add("t-1=" + p1);
    f.add("t-2t-1=" + p2 + "|" + p1);
    f.add("t-1w=" + p1 + "|" + s.words().get(i));
    return f;
  }

  /** Trains on the sequences; the previous labels are the model's own guesses, as at tagging time. */
  static NerModel train(List<Sequence> sequences, int epochs, long seed) {
    Trainer t = new Trainer();
    List<Sequence> order = new ArrayList<>(sequences);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (Sequence s : order) {
        t.learn(s);
      }
    }
    return t.averaged();
  }

  /** Weights as sorted "feature TAB w0 w1 ..." lines, zero rows left out. */
  String serialise() {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(weights).forEach((f, w) -> {
      sb.append(f);
      for (float v : w) {
        sb.append('\t').append(v);
      }
      sb.append('\n');
    });
    return sb.toString();
  }

  /** Perceptron updates with lazily accumulated sums for averaging. */
  private static final class Trainer {
    private final Map<String, double[]> w = new HashMap<>();
    private final Map<String, double[]> total = new HashMap<>();
    private final Map<String, int[]> stamp = new HashMap<>();
    private int step;

    void learn(Sequence s) {
      int n = s.features().size();
      int[] guess = new int[n];
      double[] scores = new double[NerLabels.COUNT];
      for (int i = 0; i < n; i++) {
        step++;
        List<String> f = withHistory(s, i, guess);
        java.util.Arrays.fill(scores, 0);
        for (String feature : f) {
          double[] v = w.get(feature);
          if (v != null) {
            for (int k = 0; k < scores.length; k++) {
              scores[k] += v[k];
            }
          }
        }
        guess[i] = best(scores, i == 0 ? NerLabels.O : guess[i - 1]);
        if (guess[i] != s.gold()[i]) {
          for (String feature : f) {
            update(feature, s.gold()[i], 1);
            update(feature, guess[i], -1);
          }
        }
      }
    }

    private void update(String feature, int label, double delta) {
      double[] v = w.computeIfAbsent(feature, k -> new double[NerLabels.COUNT]);
      double[] sum = total.computeIfAbsent(feature, k -> new double[NerLabels.COUNT]);
      int[] at = stamp.computeIfAbsent(feature, k -> new int[NerLabels.COUNT]);
      sum[label] += v[label] * (step - at[label]);
      at[label] = step;
      v[label] += delta;
    }

    NerModel averaged() {
      Map<String, float[]> out = new HashMap<>();
      w.forEach((feature, v) -> {
        double[] sum = total.get(feature);
        int[] at = stamp.get(feature);
        float[] avg = new float[v.length];
        boolean any = false;
        for (int k = 0; k < v.length; k++) {
          double a = (sum[k] + v[k] * (step - at[k])) / Math.max(step, 1);
          avg[k] = (float) (Math.round(a * 1e4) / 1e4);
          any |= avg[k] != 0;
        }
        if (any) {
          out.put(feature, avg);
        }
      });
      return new NerModel(out);
    }
  }
}
