package eu.intercluster.scheduler.bench;

import eu.intercluster.scheduler.generate.EventGenerator;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.solver.MeetingScheduler;
import eu.intercluster.scheduler.solver.ScheduleResult;
import eu.intercluster.scheduler.solver.SchedulerOptions;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale rows (generated events up to 2,000 participants; the last one with 10 % of the
 * participants away for one or two slots mid-day, so that its lower bound is not 0) and the
 * re-planning experiment.
 */
public final class ScaleBenchmark {

  private final double timeLimit;
  private final int threads;

  public ScaleBenchmark(double timeLimit, int threads) {
    this.timeLimit = timeLimit;
    this.threads = threads;
  }

  /** Markdown lines describing the results. */
  public List<String> run() {
    List<String> lines = new ArrayList<>();
    lines.add("| event | participants | meetings | slots | tables | status | breaks | lower bound | seconds | valid |");
    lines.add("|---|---:|---:|---:|---:|---|---:|---:|---:|---|");
    for (int[] size : new int[][] {{500, 2500, 24, 150, 0}, {2000, 10000, 24, 600, 0}, {2000, 10000, 24, 600, 10}}) {
      Problem p = new EventGenerator().generate(
          EventGenerator.Spec.of(size[0], size[1], size[2], size[3], 1).withMidDayAbsences(size[4] / 100.0));
      long t0 = System.nanoTime();
      ScheduleResult r = new MeetingScheduler().solve(p, options(2));
      double wall = (System.nanoTime() - t0) / 1e9;
      ValidationReport v = new ScheduleValidator().validate(p, r.assignments(), 2);
      System.err.printf(Locale.ROOT, "scale %s: %s breaks=%d lb=%d %.1fs valid=%s%n", p.name(), r.status(),
          r.breaks(), r.lowerBound(), wall, v.isValid());
      lines.add(String.format(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %s | %d | %d | %.1f | %s |", p.name(),
          size[0], size[1], size[2], size[3], r.status(), r.breaks(), r.lowerBound(), wall,
          r.hasSchedule() && v.isValid() ? "yes" : "NO"));
    }
    lines.add("");
    lines.addAll(new ReplanExperiment(this::options).run());
    return lines;
  }

  SchedulerOptions options(int fairness) {
    return SchedulerOptions.defaults()
        .withTimeLimit(Duration.ofMillis((long) (timeLimit * 1000)))
        .withThreads(threads)
        .withFairness(fairness);
  }
}
