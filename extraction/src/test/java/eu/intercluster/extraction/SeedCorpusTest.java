package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.intercluster.extraction.eval.Scorer;
import eu.intercluster.extraction.io.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole pipeline on the annotated corpus that lives outside the repository (shared/corpus/seeds, a
 * sibling of the repository root) and on the synthetic development texts shipped with the tests.
 */
class SeedCorpusTest {
  private final ObjectMapper json = new ObjectMapper();

  static Path seedsDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/corpus/seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      Path sibling = p.resolveSibling("shared").resolve("corpus/seeds");
      if (p.getParent() != null && Files.isDirectory(sibling)) {
        return sibling;
      }
    }
    return null;
  }

  private Scorer score(Path dir) throws Exception {
    Extractor extractor = Extractor.builder().build();
    Scorer scorer = new Scorer();
    List<Path> golds;
    try (Stream<Path> s = Files.list(dir)) {
      golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path g : golds) {
      String name = g.getFileName().toString().replace(".gold.json", "");
      ArticleReader.Article a = ArticleReader.read(dir.resolve(name + ".txt"));
      ExtractedDocument doc = extractor.extract(a.docId(), a.source(), a.body());
      scorer.add(name, json.readTree(g.toFile()), json.readTree(JsonWriter.toJson(doc)));
    }
    assertThat(golds).isNotEmpty();
    return scorer;
  }

  @Test
  void seedCorpusMeetsTheTargets() throws Exception {
    Path seeds = seedsDir();
    Assumptions.assumeTrue(seeds != null,
        "SKIPPED: shared/corpus/seeds not found next to the repository; the seed evaluation needs the corpus");
    Scorer s = score(seeds);
    assertThat(s.allEntities().f1()).as("entity F1 on the seeds").isGreaterThanOrEqualTo(0.90);
    assertThat(s.relations().f1()).as("relation F1 on the seeds").isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void developmentTextsStayAboveAFloor() throws Exception {
    Path dev = Path.of("src/test/resources/dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), "SKIPPED: run from the extraction module directory");
    Scorer s = score(dev);
    assertThat(s.allEntities().f1()).as("entity F1 on the dev texts").isGreaterThanOrEqualTo(0.85);
    assertThat(s.relations().f1()).as("relation F1 on the dev texts").isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void secondDevelopmentTextsStayAboveAFloor() throws Exception {
    Path dev2 = Path.of("src/test/resources/dev2");
    Assumptions.assumeTrue(Files.isDirectory(dev2), "SKIPPED: run from the extraction module directory");
    Scorer s = score(dev2);
    assertThat(s.allEntities().f1()).as("entity F1 on the dev2 texts").isGreaterThanOrEqualTo(0.85);
    assertThat(s.relations().f1()).as("relation F1 on the dev2 texts").isGreaterThanOrEqualTo(0.65);
  }
}
