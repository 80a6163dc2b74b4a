package eu.intercluster.scheduler.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JAIR 2022 results transcribed in {@code jair2022_results_transcribed.csv}. */
final class PaperResults {

  /** Best result of the paper for one run: proven (optimal or UNSAT) or only a best bound. */
  record Best(String approach, Double seconds, Integer objective, boolean proven, boolean unsat) {

    String text() {
      if (approach == null) {
        return "-";
      }
      if (unsat) {
        return "UNSAT " + format(seconds) + " s (" + approach + ")";
      }
      return (proven ? "" : "TO, best ") + objective + (proven ? " in " + format(seconds) + " s" : "")
          + " (" + approach + ")";
    }

    private static String format(Double s) {
      return s == null ? "?" : String.format(java.util.Locale.ROOT, "%.1f", s);
    }
  }

  private final List<String> header;
  private final Map<String, String[]> rows = new HashMap<>();

  PaperResults(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read paper results " + csv + ": " + e.getMessage());
    }
    header = List.of(lines.get(0).split(",", -1));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      rows.put(cells[0], cells);
    }
  }

  /** Column prefixes for a variant and fairness, e.g. original d=2 -> all of T2..T5. */
  static List<String> prefixes(String variant, int d) {
    if (variant.equals("original")) {
      return switch (d) {
        case 0 -> List.of("T9:");
        case 1 -> List.of("T10:");
        case 3 -> List.of("T11:");
        default -> List.of("T2:", "T3:", "T4:", "T5:");
      };
    }
    return switch (variant) {
      case "forb0003" -> List.of("T6:forb0.3");
      case "forb0007" -> List.of("T6:forb0.7");
      case "fixed020-Forb" -> List.of("T7:fixed20");
      case "fixed040-Forb" -> List.of("T7:fixed40");
      case "prec15" -> List.of("T8:prec15");
      case "prec25" -> List.of("T8:prec25");
      default -> List.of();
    };
  }

  Best best(String base, String variant, int d) {
    String[] row = rows.get(base);
    if (row == null) {
      return new Best(null, null, null, false, false);
    }
    Best best = new Best(null, null, null, false, false);
    List<String> prefixes = prefixes(variant, d);
    for (int i = 1; i < header.size() && i < row.length; i++) {
      String col = header.get(i);
      if (prefixes.stream().noneMatch(col::startsWith)) {
        continue;
      }
      Best b = parse(col, row[i].trim());
      if (b != null && better(b, best)) {
        best = b;
      }
    }
    return best;
  }

  private static boolean better(Best b, Best current) {
    if (current.approach() == null) {
      return true;
    }
    if (b.proven() != current.proven()) {
      return b.proven();
    }
    if (b.proven()) {
      return b.seconds() < current.seconds();
    }
    return b.objective() != null && (current.objective() == null || b.objective() < current.objective());
  }

  private static Best parse(String column, String cell) {
    String[] parts = cell.split("\\s+");
    if (cell.isEmpty()) {
      return null;
    }
    if (parts[0].equals("TO")) {
      return parts.length > 1 ? new Best(column, null, Integer.parseInt(parts[1]), false, false) : null;
    }
    double seconds = Double.parseDouble(parts[0]);
    if (parts.length < 2) {
      return null;
    }
    if (parts[1].equals("-")) {
      return new Best(column, seconds, null, true, true);
    }
    return new Best(column, seconds, Integer.parseInt(parts[1]), true, false);
  }

  List<String> bases() {
    return new ArrayList<>(rows.keySet().stream().filter(k -> !k.startsWith("#")).sorted().toList());
  }
}
