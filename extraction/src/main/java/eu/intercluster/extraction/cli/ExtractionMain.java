package eu.intercluster.extraction.cli;

import eu.intercluster.extraction.CrossValidation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code ./intercluster extract|extract-eval|extract-bench}: the subcommand is the first argument. */
public final class ExtractionMain {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private ExtractionMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return usage(err, "missing subcommand");
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "extract" -> ExtractCommand.run(rest, out, err);
        case "extract-eval" -> EvalCommand.run(rest, out, err);
        case "extract-bench" -> BenchCommand.run(rest, out, err);
        case "extract-cv" -> crossValidate(rest, out);
        case "-h", "--help", "help" -> usage(out, null) == USAGE ? OK : OK;
        default -> usage(err, "unknown subcommand '" + args[0] + "'");
      };
    } catch (UsageException e) {
      return usage(err, e.getMessage());
    }
  }

  private static int crossValidate(String[] dirs, PrintStream out) {
    if (dirs.length < 2) {
      throw new UsageException("extract-cv needs at least two annotated directories");
    }
    List<Path> paths = new ArrayList<>();
    for (String d : dirs) {
      if (!Files.isDirectory(Path.of(d))) {
        throw new UsageException("not a directory: " + d);
      }
      paths.add(Path.of(d));
    }
    CrossValidation.run(paths, out);
    return OK;
  }

  static int usage(PrintStream s, String problem) {
    if (problem != null) {
      s.println("intercluster: " + problem);
    }
    s.println("usage:");
    s.println("  intercluster extract FILE... --out DIR      .txt/.html/.pdf -> DIR/<name>.json (corpus schema)");
    s.println("  intercluster extract-eval GOLD_DIR PRED_DIR  precision/recall/F1 per type, relations, attributes");
    s.println("  intercluster extract-bench [--runs N] [--docs N] FILE...   single-thread throughput");
    s.println("  intercluster extract-cv DIR DIR...          leave-one-directory-out cross-validation of the relation model");
    return USAGE;
  }

  /** Bad command-line usage: exit code 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
