package eu.intercluster.extraction.cli;

import eu.intercluster.extraction.Extractor;
import eu.intercluster.extraction.io.ArticleReader;
import eu.intercluster.extraction.io.InputRejected;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code extract-bench [--runs N] [--docs N] FILE...}: single-threaded throughput. The given articles are
 * cycled to N documents per run after a warm-up; prints docs/s and kB/s of each run and the median.
 */
final class BenchCommand {
  private BenchCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    int runs = 5;
    int docs = 2000;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = positive(args, ++i);
        case "--docs" -> docs = positive(args, ++i);
        default -> files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      throw new ExtractionMain.UsageException("extract-bench needs at least one article FILE");
    }
    List<String> bodies = new ArrayList<>();
    for (Path f : files) {
      try {
        bodies.add(ArticleReader.read(f).body());
      } catch (InputRejected e) {
        err.println("rejected " + e.getMessage());
      }
    }
    if (bodies.isEmpty()) {
      return ExtractionMain.SOME_FAILED;
    }
    long chars = bodies.stream().mapToLong(String::length).sum();
    Extractor extractor = Extractor.builder().build();
    for (int i = 0; i < Math.max(200, docs / 4); i++) {
      extractor.extract("warm", "warm", bodies.get(i % bodies.size()));
    }
    double[] rates = new double[runs];
    double[] cpuRates = new double[runs];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    double avgKb = chars / 1024.0 / bodies.size();
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      long c0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      for (int i = 0; i < docs; i++) {
        extractor.extract("d" + i, "bench", bodies.get(i % bodies.size()));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpuSeconds = cpuTime ? (threads.getCurrentThreadCpuTime() - c0) / 1e9 : seconds;
      rates[r] = docs / seconds;
      cpuRates[r] = docs / cpuSeconds;
      out.printf("run %d: %d docs in %.3f s wall (%.3f s CPU) = %.1f docs/s wall, %.1f docs/s per CPU-second%n", r + 1,
          docs, seconds, cpuSeconds, rates[r], cpuRates[r]);
    }
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    double median = rates[runs / 2];
    double cpuMedian = cpuRates[runs / 2];
    out.printf("articles: %d (mean %.2f kB), threads: 1, runs: %d, docs per run: %d%n", bodies.size(), avgKb, runs,
        docs);
    out.printf("median wall-clock: %.1f docs/s (%.1f kB/s) on one thread%n", median, median * avgKb);
    out.printf("median per CPU-second: %.1f docs/s (%.1f kB/s), i.e. %.1f docs/s of 3 kB per core%n", cpuMedian,
        cpuMedian * avgKb, cpuMedian * avgKb / 3.0);
    return ExtractionMain.OK;
  }

  private static int positive(String[] args, int i) {
    try {
      int v = Integer.parseInt(args[i]);
      if (v > 0) {
        return v;
      }
    } catch (RuntimeException e) {
      // reported below
    }
    throw new ExtractionMain.UsageException("expected a positive number after " + args[i - 1]);
  }
}
