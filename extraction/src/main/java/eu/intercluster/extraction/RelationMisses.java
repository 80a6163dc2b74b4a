package eu.intercluster.extraction;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the gold relations go, five folds of whole sets: for each gold relation, whether an argument has no output entity
 * of its type (the rules' problem; split into "typed otherwise" when an entity of another type has its surface,
 * and "dropped" when a filter drops it), whether both arguments are found but the pair is never a candidate
 * (split by sentence distance), whether the candidate scores at or below the classifier's margin (by score band),
 * or whether it is output (rule proposal or classifier); and the rule organisations and places annotated with the
 * other type only, by the type they are output with. {@code RelationMisses DIR...}
 */
final class RelationMisses {
  /** Sets go to folds in turn (set i to fold i mod 5): five trainings instead of one per set. */
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

  private RelationMisses() {}

  public static void main(String[] args) {
    List<Path> dirs = new ArrayList<>();
    for (String a : args) {
      dirs.addAll(CrossValidation.annotatedDirs(Path.of(a)));
    }
    RelationMisses misses = new RelationMisses();
    HeldOutFolds.run(dirs, misses::count);
    misses.print(System.out);
  }

  private void count(TrainedComponents c, NerTraining.Example e) {
    Extractor.Analysis a = e.analysis();
    Map<String, String> renamed = new HashMap<>();
    List<Ent> ents = c.retyper().apply(a.doc(), a.ents(), renamed);
    RelationContext ctx = renamed.isEmpty() ? a.ctx() : new RelationContext(a.doc(), ents);
    List<Relation> proposed = renamed.isEmpty() ? a.ctx().relations()
        : TrainedComponents.fitting(a.ctx().relations(), renamed, ents);
    countPlaceConfusions(e, a.ents(), ents, renamed);
    Map<String, String> toGold = e.text().align(ents);
    Map<String, Ent> byGold = new HashMap<>();
    ents.forEach(x -> {
      if (toGold.containsKey(x.id)) {
        byGold.put(toGold.get(x.id), x);
      }
    });
    Map<String, RelationCandidates.Candidate> candidates = new HashMap<>();
    for (RelationCandidates.Candidate cand : RelationCandidates.of(ctx, proposed)) {
      candidates.put(cand.type() + "|" + cand.a().id + "|" + cand.b().id, cand);
    }
    for (var r : e.text().gold().path("relations")) {
      String type = r.path("type").asText();
      Ent x = byGold.get(r.path("args").path(0).asText());
      Ent y = byGold.get(r.path("args").path(1).asText());
      add(type, classOf(c, a.doc(), e, type, x, y, r, candidates, ents));
    }
  }

  private static String classOf(TrainedComponents c, Doc doc, NerTraining.Example e, String type, Ent x, Ent y,
      com.fasterxml.jackson.databind.JsonNode r, Map<String, RelationCandidates.Candidate> candidates, List<Ent> ents) {
    if (x == null || y == null) {
      String missing = r.path("args").path(x == null ? 0 : 1).asText();
      return "1 argument not found: " + missingKind(e, missing, ents);
    }
    for (Ent z : new Ent[] {x, y}) {
      if (!c.filter().keep(doc, z) || !c.themeFilter().keep(e.analysis(), z)) {
        return "2 argument dropped by a filter";
      }
    }
    var cand = candidates.get(type + "|" + x.id + "|" + y.id);
    if (cand == null && RelationContext.SYMMETRIC.contains(type)) {
      cand = candidates.get(type + "|" + y.id + "|" + x.id);
    }
    if (cand == null) {
      return "3 never a candidate: " + distance(doc, x, y);
    }
    if (cand.proposed()) {
      return "5 found by the rules";
    }
    double s = c.relations().score(cand);
    if (s > RelationClassifier.MARGIN) {
      return "6 found by the classifier";
    }
    return "4 candidate scored " + (s > -5 ? "(-5,-3]" : s > -10 ? "(-10,-5]" : "<=-10");
  }

  /** Rule ORG / PLACE entities annotated with the other type only, before and after the retyper. */
  private void countPlaceConfusions(NerTraining.Example e, List<Ent> rule, List<Ent> retyped,
      Map<String, String> renamed) {
    Map<String, Ent> byId = new HashMap<>();
    retyped.forEach(x -> byId.put(x.id, x));
    for (Ent r : rule) {
      // the retyper may join a retyped entity into another one, so the lists need not line up by index
      Ent t = byId.get(renamed.getOrDefault(r.id, r.id));
      if (t == null) {
        continue;
      }
      for (EntityType[] p : new EntityType[][] {{EntityType.ORG, EntityType.PLACE}, {EntityType.PLACE, EntityType.ORG}}) {
        if (r.type != p[0]) {
          continue;
        }
        boolean own = NerEntityFilter.annotated(e.text().gold(), p[0], r.text);
        boolean other = NerEntityFilter.annotated(e.text().gold(), p[1], r.text);
        if (own != other) {
          String cls = p[0] + " rule, gold " + (own ? p[0] : p[1]) + ", output " + t.type;
          add("~" + p[0] + "/" + p[1], cls);
        }
      }
    }
  }

  private static String missingKind(NerTraining.Example e, String goldId, List<Ent> ents) {
    for (var g : e.text().gold().path("entities")) {
      if (g.path("id").asText().equals(goldId)) {
        String surface = Norm.surface(g.path("text").asText());
        for (Ent z : ents) {
          if (Norm.surface(z.text).equals(surface)) {
            return g.path("type").asText() + " typed " + z.type;
          }
        }
        return g.path("type").asText() + " not output";
      }
    }
    return "?";
  }

  private static String distance(Doc doc, Ent x, Ent y) {
    int best = Integer.MAX_VALUE;
    for (Cand p : x.cands) {
      for (Cand q : y.cands) {
        best = Math.min(best, Math.abs(doc.sentenceAt(p.start) - doc.sentenceAt(q.start)));
      }
    }
    return best == 0 ? "same sentence" : best == 1 ? "1 sentence apart" : best <= 3 ? "2-3 apart" : "4+ apart";
  }

  private void add(String type, String cls) {
    counts.computeIfAbsent(type, t -> new TreeMap<>()).merge(cls, 1, Integer::sum);
    if (type.startsWith("~")) {
      return;
    }
    counts.computeIfAbsent("ALL", t -> new TreeMap<>()).merge(cls, 1, Integer::sum);
  }

  private void print(PrintStream out) {
    counts.forEach((type, m) -> {
      int total = m.values().stream().mapToInt(Integer::intValue).sum();
      out.printf("%s %d%n", type, total);
      m.forEach((cls, n) -> out.printf("  %-45s %5d%n", cls, n));
    });
  }
}
