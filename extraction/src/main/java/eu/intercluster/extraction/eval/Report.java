package eu.intercluster.extraction.eval;

import java.io.PrintStream;
import java.util.Map;

/** Prints a {@link Scorer} as a plain-text table. */
public final class Report {
  private Report() {}

  public static void print(Scorer s, int documents, PrintStream out) {
    out.printf("documents: %d%n%n", documents);
    out.printf("%-12s %5s %5s %5s %7s %7s %7s%n", "entities", "tp", "fp", "fn", "P", "R", "F1");
    for (Map.Entry<String, Counts> e : s.entities.entrySet()) {
      row(out, e.getKey(), e.getValue());
    }
    row(out, "ALL", s.allEntities);
    out.println();
    out.printf("%-12s %5s %5s %5s %7s %7s %7s%n", "relations", "tp", "fp", "fn", "P", "R", "F1");
    for (Map.Entry<String, Counts> e : s.relationsByType.entrySet()) {
      row(out, e.getKey(), e.getValue());
    }
    row(out, "ALL", s.relations);
    out.println();
    accuracy(out, "THEME norm accuracy", s.themeNorm);
    accuracy(out, "PERSON role accuracy", s.personRole);
    accuracy(out, "PERSON org accuracy", s.personOrg);
    accuracy(out, "date accuracy", s.dates);
    out.println();
    s.perDocument.forEach(out::println);
  }

  private static void row(PrintStream out, String name, Counts c) {
    out.printf("%-12s %5d %5d %5d %7.3f %7.3f %7.3f%n", name, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1());
  }

  private static void accuracy(PrintStream out, String name, Accuracy a) {
    out.printf("%-22s %.3f (%d/%d)%n", name, a.value(), a.correct, a.total);
  }
}
