package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.intercluster.extraction.io.ArticleReader;
import eu.intercluster.extraction.io.InputRejected;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** One annotated text of the project (NAME.txt with NAME.gold.json): its body and its gold annotation. */
record AnnotatedText(String name, ArticleReader.Article article, JsonNode gold) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every annotated text of a directory, sorted by name. */
  static List<AnnotatedText> readDir(Path dir) {
    List<AnnotatedText> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path g : s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
        String name = g.getFileName().toString().replace(".gold.json", "");
        out.add(new AnnotatedText(name, ArticleReader.read(dir.resolve(name + ".txt")), JSON.readTree(g.toFile())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the annotated texts in " + dir, e);
    } catch (InputRejected e) {
      throw new IllegalStateException("annotated text rejected in " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Maps extracted entity ids to gold ids the way the scorer matches them: same type, normalised text equal
   * to the gold text or one of its mentions, one to one, in output order.
   */
  Map<String, String> align(List<Ent> ents) {
    Map<String, String> out = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Ent e : ents) {
      String surface = Norm.surface(e.text);
      for (JsonNode g : gold.path("entities")) {
        String id = g.path("id").asText();
        if (!used.contains(id) && e.type.name().equals(g.path("type").asText()) && surfaces(g).contains(surface)) {
          used.add(id);
          out.put(e.id, id);
          break;
        }
      }
    }
    return out;
  }

  /** Gold relations as "TYPE|arg0|arg1"; symmetric ones also in the other order. */
  Set<String> relationKeys() {
    Set<String> out = new HashSet<>();
    for (JsonNode r : gold.path("relations")) {
      String type = r.path("type").asText();
      String a = r.path("args").path(0).asText();
      String b = r.path("args").path(1).asText();
      out.add(type + "|" + a + "|" + b);
      if (RelationContext.SYMMETRIC.contains(type)) {
        out.add(type + "|" + b + "|" + a);
      }
    }
    return out;
  }

  private static Set<String> surfaces(JsonNode g) {
    Set<String> s = new HashSet<>();
    s.add(Norm.surface(g.path("text").asText()));
    g.path("mentions").forEach(m -> s.add(Norm.surface(m.asText())));
    return s;
  }
}
