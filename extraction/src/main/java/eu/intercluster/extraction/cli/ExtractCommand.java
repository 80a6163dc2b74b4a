package eu.intercluster.extraction.cli;

import eu.intercluster.extraction.ExtractedDocument;
import eu.intercluster.extraction.Extractor;
import eu.intercluster.extraction.JsonWriter;
import eu.intercluster.extraction.io.ArticleReader;
import eu.intercluster.extraction.io.InputRejected;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code extract FILE... --out DIR}: one JSON per input; a bad file is reported and the batch goes on. */
final class ExtractCommand {
  private ExtractCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<Path> files = new ArrayList<>();
    Path outDir = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        if (i + 1 >= args.length) {
          throw new ExtractionMain.UsageException("--out needs a directory");
        }
        outDir = Path.of(args[++i]);
      } else if (args[i].startsWith("--")) {
        throw new ExtractionMain.UsageException("unknown option " + args[i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty() || outDir == null) {
      throw new ExtractionMain.UsageException("extract needs FILE... and --out DIR");
    }
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println("intercluster: cannot create output directory " + outDir + ": " + e.getMessage());
      return ExtractionMain.USAGE;
    }
    Extractor extractor = Extractor.builder().build();
    int failed = 0;
    for (Path f : files) {
      try {
        ArticleReader.Article a = ArticleReader.read(f);
        ExtractedDocument doc = extractor.extract(a.docId(), a.source(), a.body());
        Path target = outDir.resolve(a.docId() + ".json");
        JsonWriter.write(doc, target);
        out.println(f + " -> " + target + " (" + doc.entities().size() + " entities, " + doc.relations().size()
            + " relations)");
      } catch (InputRejected e) {
        failed++;
        err.println("rejected " + e.getMessage());
      } catch (IOException | RuntimeException e) {
        failed++;
        err.println("failed " + f + ": " + e);
      }
    }
    out.println((files.size() - failed) + " extracted, " + failed + " failed");
    return failed == 0 ? ExtractionMain.OK : ExtractionMain.SOME_FAILED;
  }
}
