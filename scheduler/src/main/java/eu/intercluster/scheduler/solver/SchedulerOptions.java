package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Assignment;
import java.time.Duration;
import java.util.List;

/**
 * Options of a solve.
 *
 * @param timeLimit wall-clock limit of the whole solve
 * @param fairness the bound d on max breaks - min breaks over participants; negative disables it
 * @param threads CP-SAT workers (1 is deterministic)
 * @param seed random seed
 * @param progress listener of progress (never null)
 * @param published an already published schedule: meetings still requested keep their slot (and
 *     table) where possible, and the solver moves as few of them as it can before minimising breaks
 */
public record SchedulerOptions(
    Duration timeLimit, int fairness, int threads, long seed, ProgressListener progress, List<Assignment> published) {

  public static final int DEFAULT_FAIRNESS = 2;

  public SchedulerOptions {
    timeLimit = timeLimit == null ? Duration.ofSeconds(60) : timeLimit;
    threads = Math.max(1, threads);
    progress = progress == null ? ProgressListener.none() : progress;
    published = List.copyOf(published == null ? List.of() : published);
  }

  public static SchedulerOptions defaults() {
    return new SchedulerOptions(Duration.ofSeconds(60), DEFAULT_FAIRNESS, 
        Math.max(1, Runtime.getRuntime().availableProcessors()), 0, null, List.of());
  }

  public SchedulerOptions withTimeLimit(Duration d) {
    return new SchedulerOptions(d, fairness, threads, seed, progress, published);
  }

  public SchedulerOptions withFairness(int d) {
    return new SchedulerOptions(timeLimit, d, threads, seed, progress, published);
  }

  public SchedulerOptions withThreads(int n) {
    return new SchedulerOptions(timeLimit, fairness, n, seed, progress, published);
  }

  public SchedulerOptions withSeed(long s) {
    return new SchedulerOptions(timeLimit, fairness, threads, s, progress, published);
  }

  public SchedulerOptions withProgress(ProgressListener l) {
    return new SchedulerOptions(timeLimit, fairness, threads, seed, l, published);
  }

  public SchedulerOptions withPublished(List<Assignment> p) {
    return new SchedulerOptions(timeLimit, fairness, threads, seed, progress, p);
  }
}
