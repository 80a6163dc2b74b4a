package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the gold names of one type go, five folds of whole sets as {@link RelationMisses}: for each gold entity of
 * the type, whether the shipped output finds it, or else whether the rules proposed it with its type and the filter
 * dropped it, the retyper gave it another type, the rules typed it otherwise, the rules (or the output) only hold a
 * longer or shorter name overlapping it (boundary), or nothing proposed it; counted by language, with the missed
 * names listed. {@code EntityMisses TYPE DIR...}
 */
final class EntityMisses {
  private final EntityType type;
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final Map<String, List<String>> examples = new TreeMap<>();

  private EntityMisses(EntityType type) {
    this.type = type;
  }

  public static void main(String[] args) {
    EntityMisses misses = new EntityMisses(EntityType.valueOf(args[0]));
    List<Path> dirs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      dirs.addAll(CrossValidation.annotatedDirs(Path.of(args[i])));
    }
    HeldOutFolds.run(dirs, misses::count);
    misses.print(System.out);
  }

  private void count(TrainedComponents c, NerTraining.Example e) {
    Extractor.Analysis a = e.analysis();
    Doc doc = a.doc();
    List<Entity> output = c.apply(a).entities();
    List<Ent> retyped = c.retyper().apply(doc, a.ents(), new HashMap<>());
    for (JsonNode g : e.text().gold().path("entities")) {
      if (!type.name().equals(g.path("type").asText())) {
        continue;
      }
      Set<String> gold = new HashSet<>();
      gold.add(Norm.surface(g.path("text").asText()));
      g.path("mentions").forEach(m -> gold.add(Norm.surface(m.asText())));
      Miss miss = classOf(c, a, gold, output, retyped);
      String cls = miss.cls();
      String lang = doc.lang;
      counts.computeIfAbsent(cls, k -> new TreeMap<>()).merge(lang, 1, Integer::sum);
      counts.computeIfAbsent(cls, k -> new TreeMap<>()).merge("all", 1, Integer::sum);
      if (!cls.startsWith("0")) {
        examples.computeIfAbsent(cls, k -> new ArrayList<>()).add(lang + " " + e.text().name() + " | "
            + g.path("text").asText() + " | " + miss.overlap());
      }
    }
  }

  /** Where a gold entity went, and the overlapping name for a boundary error. */
  private record Miss(String cls, String overlap) {
    Miss(String cls) {
      this(cls, "");
    }
  }

  private Miss classOf(TrainedComponents c, Extractor.Analysis a, Set<String> gold, List<Entity> output,
      List<Ent> retyped) {
    for (Entity x : output) {
      if (x.type() == type && matches(gold, x.text(), x.mentions())) {
        return new Miss("0 found");
      }
    }
    for (Ent x : retyped) {
      if (x.type == type && matches(gold, x.text, surfaces(a.doc(), x))) {
        return new Miss(c.filter().keep(a.doc(), x) ? "9 kept but not output?" : "1 dropped by the filter");
      }
    }
    for (Ent x : a.ents()) {
      if (matches(gold, x.text, surfaces(a.doc(), x))) {
        return new Miss(x.type == type ? "2 retyped by the retyper" : "3 rules typed " + x.type);
      }
    }
    for (Entity x : output) {
      if (x.type() == type && overlaps(gold, x.text(), x.mentions())) {
        return new Miss("4 boundary (output)", x.text());
      }
    }
    for (Ent x : a.ents()) {
      if (overlaps(gold, x.text, surfaces(a.doc(), x))) {
        return new Miss("5 boundary (rules " + x.type + ")", x.text);
      }
    }
    return new Miss("6 never proposed");
  }

  private static List<String> surfaces(Doc doc, Ent x) {
    List<String> out = new ArrayList<>();
    x.cands.forEach(k -> out.add(doc.text.substring(k.start, k.end)));
    return out;
  }

  private static boolean matches(Set<String> gold, String text, List<String> mentions) {
    if (gold.contains(Norm.surface(text))) {
      return true;
    }
    return mentions.stream().anyMatch(m -> gold.contains(Norm.surface(m)));
  }

  private static boolean overlaps(Set<String> gold, String text, List<String> mentions) {
    List<String> all = new ArrayList<>(mentions);
    all.add(text);
    for (String m : all) {
      String s = " " + Norm.surface(m) + " ";
      for (String g : gold) {
        String t = " " + g + " ";
        if (s.length() > 2 && t.length() > 2 && (s.contains(t) || t.contains(s))) {
          return true;
        }
      }
    }
    return false;
  }

  private void print(PrintStream out) {
    counts.forEach((cls, m) -> out.printf("%-32s %s%n", cls, m));
    examples.forEach((cls, list) -> list.forEach(x -> out.println("EX " + cls + " | " + x)));
  }
}
