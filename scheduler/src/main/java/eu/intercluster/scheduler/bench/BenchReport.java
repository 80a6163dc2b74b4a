package eu.intercluster.scheduler.bench;

import eu.intercluster.scheduler.io.InstanceFiles;
import eu.intercluster.scheduler.solver.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes {@code docs/benchmarks/b2b.md} and the raw CSV beside it. */
public final class BenchReport {

  private final String command;
  private final List<BenchRun> runs = new ArrayList<>();
  private final List<String> scale = new ArrayList<>();

  public BenchReport(String command) {
    this.command = command;
  }

  public void addRuns(List<BenchRun> more) {
    runs.addAll(more);
  }

  public void addScale(List<String> lines) {
    scale.addAll(lines);
  }

  public void write(Path out) {
    List<String> md = new ArrayList<>();
    md.add("# B2B meeting scheduling benchmark (JAIR 2022 instances)");
    md.add("");
    md.add("- Command: `" + command + "` (from the repository root; the data is `shared/bench/b2b/`)");
    md.add("- Machine: " + MachineInfo.describe());
    md.add("- Solver: OR-Tools CP-SAT 9.15 (ortools-java) after a greedy construction; generated " + Instant.now());
    md.add("- Paper: Bofill et al., JAIR 74 (2022), Xeon E3-1220v2 3.1 GHz, 7200 s timeout; \"paper best\" is the"
        + " fastest proof among all approaches of the relevant table (Tables 2-5 for d = 2 originals, 6-8 for the"
        + " crafted files, 9-11 for d = 0, 1, 3).");
    md.add("- Breaks: a maximal idle gap between two meetings of a participant; morning and afternoon slots are"
        + " consecutive; fairness: max breaks - min breaks <= d over the participants with meetings.");
    md.add("- Every schedule is re-checked by the independent `ScheduleValidator` (column *valid*).");
    md.add("");
    if (!runs.isEmpty()) {
      md.addAll(summary());
      md.add("");
      table(md, "Originals, d = 2 (JAIR Tables 2-5)", r -> r.variant().equals("original") && r.fairness() == 2);
      table(md, "Crafted variants, d = 2 (JAIR Tables 6-8)", r -> !r.variant().equals("original"));
      table(md, "Originals, d = 0, 1, 3 (JAIR Tables 9-11)", r -> r.variant().equals("original") && r.fairness() != 2);
    }
    if (!scale.isEmpty()) {
      md.add("## Scale and re-planning (generated events)");
      md.add("");
      md.addAll(scale);
      md.add("");
    }
    InstanceFiles.write(out, String.join("\n", md) + "\n");
    InstanceFiles.write(out.resolveSibling("b2b-results.csv"), csv());
  }

  private List<String> summary() {
    List<String> s = new ArrayList<>();
    s.add("## Summary");
    s.add("");
    List<BenchRun> originals = runs.stream().filter(r -> r.variant().equals("original") && r.fairness() == 2).toList();
    double[] secs = originals.stream().mapToDouble(r -> r.result().seconds()).sorted().toArray();
    if (secs.length > 0) {
      s.add(String.format(Locale.ROOT, "- Originals (d = 2): %d of %d OPTIMAL, %d match the paper's optimum;"
              + " total breaks %d; seconds total %.1f, median %.2f, max %.2f.",
          originals.stream().filter(r -> r.result().status() == Status.OPTIMAL).count(), originals.size(),
          originals.stream().filter(r -> r.verdict().equals("match")).count(),
          originals.stream().mapToInt(r -> Math.max(0, r.result().breaks())).sum(),
          java.util.Arrays.stream(secs).sum(), secs[secs.length / 2], secs[secs.length - 1]));
    }
    List<BenchRun> crafted = runs.stream().filter(r -> !r.variant().equals("original")).toList();
    List<BenchRun> fair = runs.stream().filter(r -> r.variant().equals("original") && r.fairness() != 2).toList();
    for (var group : List.of(List.of("Crafted files (d = 2)", crafted), List.of("Originals with d = 0, 1, 3", fair))) {
      @SuppressWarnings("unchecked")
      List<BenchRun> g = (List<BenchRun>) group.get(1);
      if (g.isEmpty()) {
        continue;
      }
      long proven = g.stream().filter(r -> r.paper().proven()).count();
      long match = g.stream().filter(r -> r.verdict().equals("match")).count();
      long within60 = g.stream().filter(r -> r.verdict().equals("match") && r.result().seconds() <= 60).count();
      double max = g.stream().mapToDouble(r -> r.result().seconds()).max().orElse(0);
      s.add(String.format(Locale.ROOT, "- %s: %d runs, paper proves %d; we match %d of them (%d within 60 s);"
              + " mismatches %d; invalid schedules %d; max %.1f s.", group.get(0), g.size(), proven, match, within60,
          g.stream().filter(r -> r.verdict().equals("MISMATCH")).count(),
          g.stream().filter(r -> r.verdict().equals("INVALID")).count(), max));
    }
    runs.stream().filter(r -> r.result().status() == Status.INFEASIBLE && r.variant().startsWith("fixed040"))
        .forEach(r -> s.add(String.format(Locale.ROOT, "- `%s.%s` INFEASIBLE in %.3f s: %s", r.base(), r.variant(),
            r.result().seconds(), r.result().explanation().replace("\n", "; "))));
    return s;
  }

  private void table(List<String> md, String title, java.util.function.Predicate<BenchRun> filter) {
    List<BenchRun> rows = runs.stream().filter(filter).toList();
    if (rows.isEmpty()) {
      return;
    }
    md.add("## " + title);
    md.add("");
    md.add("| instance | d | status | breaks | bound | seconds | valid | paper best | verdict |");
    md.add("|---|---:|---|---:|---:|---:|---|---|---|");
    for (BenchRun r : rows) {
      md.add(String.format(Locale.ROOT, "| %s.%s | %d | %s | %s | %s | %.2f | %s | %s | %s |", r.base(), r.variant(),
          r.fairness(), r.statusText(), r.result().hasSchedule() ? r.result().breaks() : "-",
          r.result().lowerBound() >= 0 ? r.result().lowerBound() : "-", r.result().seconds(),
          r.result().hasSchedule() ? (r.valid() ? "yes" : "NO") : "-", r.paper().text(), r.verdict()));
    }
    md.add("");
  }

  private String csv() {
    StringBuilder sb = new StringBuilder("instance,variant,d,status,breaks,bound,seconds,valid,paper_seconds,"
        + "paper_objective,paper_proven,paper_unsat,verdict\n");
    for (BenchRun r : runs) {
      sb.append(String.join(",", r.base(), r.variant(), Integer.toString(r.fairness()), r.statusText(),
          Integer.toString(r.result().breaks()), Integer.toString(r.result().lowerBound()),
          String.format(Locale.ROOT, "%.3f", r.result().seconds()), Boolean.toString(r.valid()),
          String.valueOf(r.paper().seconds()), String.valueOf(r.paper().objective()),
          Boolean.toString(r.paper().proven()), Boolean.toString(r.paper().unsat()), r.verdict())).append('\n');
    }
    return sb.toString();
  }
}
