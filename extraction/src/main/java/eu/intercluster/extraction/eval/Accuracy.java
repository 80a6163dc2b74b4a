package eu.intercluster.extraction.eval;

/** Correct over total for an attribute measured on matched entities. */
public final class Accuracy {
  int correct;
  int total;

  public int correct() {
    return correct;
  }

  public int total() {
    return total;
  }

  public double value() {
    return total == 0 ? 1 : correct / (double) total;
  }

  void record(boolean ok) {
    total++;
    if (ok) {
      correct++;
    }
  }
}
