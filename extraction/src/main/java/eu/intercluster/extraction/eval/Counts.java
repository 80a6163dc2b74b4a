package eu.intercluster.extraction.eval;

/** True positives, false positives and false negatives with precision, recall and F1. */
public final class Counts {
  int tp;
  int fp;
  int fn;

  public int tp() {
    return tp;
  }

  public int fp() {
    return fp;
  }

  public int fn() {
    return fn;
  }

  public double precision() {
    return tp + fp == 0 ? (fn == 0 ? 1 : 0) : tp / (double) (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? (fp == 0 ? 1 : 0) : tp / (double) (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  void add(Counts o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
}
