package eu.intercluster.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.intercluster.extraction.eval.Report;
import eu.intercluster.extraction.eval.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code extract-eval GOLD_DIR PRED_DIR}: scores NAME.json in PRED_DIR against NAME.gold.json in GOLD_DIR. */
final class EvalCommand {
  private EvalCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      throw new ExtractionMain.UsageException("extract-eval needs GOLD_DIR PRED_DIR");
    }
    Path goldDir = Path.of(args[0]);
    Path predDir = Path.of(args[1]);
    if (!Files.isDirectory(goldDir) || !Files.isDirectory(predDir)) {
      throw new ExtractionMain.UsageException("not a directory: " + (Files.isDirectory(goldDir) ? predDir : goldDir));
    }
    ObjectMapper mapper = new ObjectMapper();
    Scorer scorer = new Scorer();
    int documents = 0;
    int failed = 0;
    List<Path> golds;
    try (Stream<Path> s = Files.list(goldDir)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    } catch (IOException e) {
      err.println("cannot list " + goldDir + ": " + e.getMessage());
      return ExtractionMain.USAGE;
    }
    for (Path g : golds) {
      String name = g.getFileName().toString().replace(".gold.json", "");
      Path p = predDir.resolve(name + ".json");
      try {
        JsonNode gold = mapper.readTree(g.toFile());
        JsonNode pred = Files.exists(p) ? mapper.readTree(p.toFile()) : mapper.createObjectNode();
        if (!Files.exists(p)) {
          err.println("no prediction for " + name + " (counted as empty)");
          failed++;
        }
        scorer.add(name, gold, pred);
        documents++;
      } catch (IOException e) {
        err.println("cannot read " + g + " or " + p + ": " + e.getMessage());
        failed++;
      }
    }
    if (documents == 0) {
      err.println("no *.gold.json files in " + goldDir);
      return ExtractionMain.SOME_FAILED;
    }
    Report.print(scorer, documents, out);
    return failed == 0 ? ExtractionMain.OK : ExtractionMain.SOME_FAILED;
  }
}
