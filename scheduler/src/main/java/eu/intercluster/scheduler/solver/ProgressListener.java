package eu.intercluster.scheduler.solver;

/** Receives the best breaks found so far and the proven lower bound while the solver runs. */
@FunctionalInterface
public interface ProgressListener {

  void onProgress(double seconds, int breaks, int lowerBound);

  static ProgressListener none() {
    return (s, b, l) -> {};
  }
}
