package eu.intercluster.scheduler.cli;

import eu.intercluster.scheduler.io.Instance;
import eu.intercluster.scheduler.io.InstanceFiles;
import eu.intercluster.scheduler.io.ScheduleJson;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.solver.MeetingScheduler;
import eu.intercluster.scheduler.solver.ScheduleResult;
import eu.intercluster.scheduler.solver.SchedulerOptions;
import eu.intercluster.scheduler.solver.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code schedule INSTANCE --out FILE}: solves, writes the schedule JSON, prints the status. */
final class ScheduleCommand {

  int run(String[] raw) {
    Args args = new Args(raw, Set.of("--out", "--time-limit", "--fairness", "--threads", "--seed", "--published"), Set.of());
    if (args.positional.size() != 1) {
      throw new IllegalArgumentException("schedule needs exactly one INSTANCE file\n" + SchedulerMain.usage());
    }
    if (!args.has("--out")) {
      throw new IllegalArgumentException("schedule needs --out SCHEDULE.json");
    }
    double limit = args.doubleValue("--time-limit", 60);
    int threads = args.intValue("--threads", Runtime.getRuntime().availableProcessors());
    if (limit <= 0 || threads < 1) {
      throw new IllegalArgumentException("--time-limit must be > 0 and --threads >= 1");
    }
    Instance instance = InstanceFiles.load(Path.of(args.positional.get(0)));
    List<Assignment> published = instance.published();
    if (args.has("--published")) {
      published = readPublished(Path.of(args.get("--published", "")));
    }
    int fairness = args.intValue("--fairness", SchedulerOptions.DEFAULT_FAIRNESS);
    SchedulerOptions options = SchedulerOptions.defaults()
        .withTimeLimit(Duration.ofMillis((long) (limit * 1000)))
        .withFairness(fairness)
        .withThreads(threads)
        .withSeed(args.intValue("--seed", 0))
        .withPublished(published)
        .withProgress((s, b, lb) -> System.err.printf(Locale.ROOT, "%8.2fs  breaks %d  bound %d%n", s, b, lb));
    ScheduleResult result = new MeetingScheduler().solve(instance.problem(), options);
    InstanceFiles.write(Path.of(args.get("--out", "")), new ScheduleJson().write(instance.problem(), result, fairness));
    System.out.printf(Locale.ROOT, "%s breaks=%s lowerBound=%d seconds=%.2f%s%n", result.status(),
        result.hasSchedule() ? Integer.toString(result.breaks()) : "-", result.lowerBound(), result.seconds(),
        published.isEmpty() ? "" : " moved=" + result.moved());
    if (result.status() == Status.INFEASIBLE) {
      System.out.println(result.explanation());
      return 3;
    }
    return result.hasSchedule() ? 0 : 1;
  }

  static List<Assignment> readPublished(Path file) {
    try {
      return new ScheduleJson().readAssignments(Files.readString(file));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
