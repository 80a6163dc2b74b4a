package eu.intercluster.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionMainTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ExtractionMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void extractWritesOneJsonPerFileAndExitsZero() throws Exception {
    Path a = Files.writeString(dir.resolve("n1.txt"), "SOURCE: n1.txt\nLa Regione Puglia ha firmato un accordo con Malta.");
    Path b = Files.writeString(dir.resolve("n2.html"), "<p>Il forum si è svolto a Bari.</p>");
    Path outDir = dir.resolve("out");
    assertThat(run("extract", a.toString(), b.toString(), "--out", outDir.toString())).isZero();
    assertThat(Files.readString(outDir.resolve("n1.json"))).contains("\"doc_id\" : \"n1\"").contains("Regione Puglia");
    assertThat(outDir.resolve("n2.json")).exists();
  }

  @Test
  void aBadFileIsReportedAndTheBatchGoesOnWithExitOne() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Il seminario si è svolto a Lecce.");
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {0, 0, 0});
    Path outDir = dir.resolve("out");
    assertThat(run("extract", bad.toString(), good.toString(), "--out", outDir.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.txt").contains("binary");
    assertThat(outDir.resolve("good.json")).exists();
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("extract", "x.txt")).isEqualTo(2);
    assertThat(run("extract-eval", "only-one")).isEqualTo(2);
    assertThat(run("extract-nope")).isEqualTo(2);
    assertThat(run("extract-cv", "only-one")).isEqualTo(2);
    assertThat(run("extract-cv", dir.toString(), dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
  }

  @Test
  void evalPrintsPrecisionRecallAndF1() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Path pred = Files.createDirectories(dir.resolve("pred"));
    Files.writeString(gold.resolve("d.gold.json"), "{\"entities\":[{\"id\":\"O1\",\"type\":\"ORG\",\"text\":\"ACCIÓ\","
        + "\"mentions\":[]}],\"relations\":[]}");
    Files.writeString(pred.resolve("d.json"), "{\"entities\":[{\"id\":\"O1\",\"type\":\"ORG\",\"text\":\"acció\","
        + "\"mentions\":[]}],\"relations\":[]}");
    assertThat(run("extract-eval", gold.toString(), pred.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("ORG").containsPattern("ALL\\s+1\\s+0\\s+0\\s+1.000");
  }

  @Test
  void benchReportsThroughput() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "La Regione Liguria ha presentato il bando per le imprese.");
    assertThat(run("extract-bench", "--runs", "1", "--docs", "20", a.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("median");
  }
}
