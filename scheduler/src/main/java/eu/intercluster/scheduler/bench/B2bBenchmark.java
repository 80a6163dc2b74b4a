package eu.intercluster.scheduler.bench;

import eu.intercluster.scheduler.io.InstanceFiles;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.solver.MeetingScheduler;
import eu.intercluster.scheduler.solver.ScheduleResult;
import eu.intercluster.scheduler.solver.SchedulerOptions;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import eu.intercluster.scheduler.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the JAIR 2022 benchmark: all {@code .dzn} files with d = 2 and the originals also with d =
 * 0, 1, 3; validates every schedule independently and compares with the paper.
 */
public final class B2bBenchmark {

  /**
   * Settings of a benchmark run: {@code timeLimit} per original file (the target is 5 s),
   * {@code craftedTimeLimit} per crafted variant (the issue allows 60 s).
   */
  public record Settings(Path dir, double timeLimit, double craftedTimeLimit, int threads, String only,
      boolean originalsOnly) {}

  public List<BenchRun> run(Settings settings) {
    PaperResults paper = new PaperResults(settings.dir().resolve("jair2022_results_transcribed.csv"));
    List<Path> files;
    try (Stream<Path> s = Files.list(settings.dir())) {
      files = s.filter(p -> p.toString().endsWith(".dzn")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + settings.dir() + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .dzn files in " + settings.dir());
    }
    List<BenchRun> runs = new ArrayList<>();
    List<Path> originals = files.stream().filter(f -> f.getFileName().toString().contains(".original.")).toList();
    for (Path f : originals) {
      runs.add(runOne(f, 2, settings, paper));
    }
    if (!settings.originalsOnly()) {
      for (Path f : files) {
        if (!originals.contains(f)) {
          runs.add(runOne(f, 2, settings, paper));
        }
      }
    }
    for (int d : new int[] {0, 1, 3}) {
      for (Path f : originals) {
        runs.add(runOne(f, d, settings, paper));
      }
    }
    return runs.stream().filter(r -> r != null).toList();
  }

  private BenchRun runOne(Path file, int d, Settings settings, PaperResults paper) {
    String name = file.getFileName().toString().replace(".dzn", "");
    if (settings.only() != null && !name.contains(settings.only())) {
      return null;
    }
    int dot = name.indexOf('.');
    String base = name.substring(0, dot);
    String variant = name.substring(dot + 1);
    Problem problem = InstanceFiles.load(file).problem();
    double seconds = variant.startsWith("original") ? settings.timeLimit() : settings.craftedTimeLimit();
    SchedulerOptions options = SchedulerOptions.defaults()
        .withTimeLimit(Duration.ofMillis((long) (seconds * 1000)))
        .withThreads(settings.threads())
        .withFairness(d);
    ScheduleResult r = new MeetingScheduler().solve(problem, options);
    ValidationReport v = new ScheduleValidator().validate(problem, r.assignments(), d);
    BenchRun run = new BenchRun(base, variant, d, r, !r.hasSchedule() || v.isValid(), v.breaks(),
        paper.best(base, variant, d));
    System.err.printf(Locale.ROOT, "%-32s d=%d %-10s breaks=%3s lb=%3d %7.2fs paper=%s -> %s%n", name, d,
        r.status(), r.hasSchedule() ? Integer.toString(r.breaks()) : "-", r.lowerBound(), r.seconds(),
        run.paper().text(), run.verdict());
    return run;
  }
}
