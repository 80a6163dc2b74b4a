package eu.intercluster.scheduler.cli;

import eu.intercluster.scheduler.bench.B2bBenchmark;
import eu.intercluster.scheduler.bench.BenchReport;
import eu.intercluster.scheduler.bench.ScaleBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code schedule-bench}: runs the JAIR benchmark (and the scale rows) and writes the report. */
final class BenchCommand {

  int run(String[] raw) {
    Args args = new Args(raw, Set.of("--dir", "--out", "--time-limit", "--threads", "--only", "--scale-time-limit",
        "--crafted-time-limit"),
        Set.of("--originals", "--no-scale", "--scale-only"));
    Path dir = Path.of(args.get("--dir", Files.isDirectory(Path.of("../shared/bench/b2b"))
        ? "../shared/bench/b2b" : "shared/bench/b2b"));
    Path out = Path.of(args.get("--out", "docs/benchmarks/b2b.md"));
    double limit = args.doubleValue("--time-limit", 60);
    int threads = args.intValue("--threads", Runtime.getRuntime().availableProcessors());
    String command = "./intercluster schedule-bench " + String.join(" ", raw);
    B2bBenchmark.Settings settings = new B2bBenchmark.Settings(dir, limit,
        args.doubleValue("--crafted-time-limit", limit), threads, args.get("--only", null),
        args.has("--originals"));
    BenchReport report = new BenchReport(command);
    if (!args.has("--scale-only")) {
      report.addRuns(new B2bBenchmark().run(settings));
    }
    if (!args.has("--no-scale")) {
      report.addScale(new ScaleBenchmark(args.doubleValue("--scale-time-limit", 60), threads).run());
    }
    report.write(out);
    System.out.println("wrote " + out);
    return 0;
  }
}
