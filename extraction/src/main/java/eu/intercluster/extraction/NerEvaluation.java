package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.intercluster.extraction.eval.Counts;
import eu.intercluster.extraction.eval.Scorer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leave-one-batch-out cross-validation of the entity tagger: for each set, taggers trained on all the other
 * sets tag it, and its entities are scored as extract-eval scores them (type and normalised surface, one to
 * one) for the rules alone, the tagger alone (with and without the rules as features) and the merges of both.
 * {@code NerEvaluation DIR...} (a name that is not a directory is looked up under src/test/resources).
 */
public final class NerEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, NerEntities.Merge> MERGES = new LinkedHashMap<>();

  static {
    MERGES.put("+add", new NerEntities.Merge(true, false, false));
    MERGES.put("+retype", new NerEntities.Merge(false, true, false));
    MERGES.put("+drop", new NerEntities.Merge(false, false, true));
    MERGES.put("+add+retype", new NerEntities.Merge(true, true, false));
    MERGES.put("+add+drop", new NerEntities.Merge(true, false, true));
    MERGES.put("+all", new NerEntities.Merge(true, true, true));
  }

  private NerEvaluation() {}

  static void run(List<Path> dirs, PrintStream out) {
    Extractor rules = Extractor.builder().build();
    List<List<NerTraining.Example>> sets = new ArrayList<>();
    int docs = 0;
    for (Path d : dirs) {
      List<NerTraining.Example> set = new ArrayList<>();
      for (AnnotatedText t : AnnotatedText.readDir(d)) {
        set.add(NerTraining.example(rules, t));
        docs++;
      }
      sets.add(set);
    }
    List<String> systems = new ArrayList<>(List.of("gold-spans", "rules", "tagger-norules", "tagger"));
    MERGES.keySet().forEach(m -> systems.add("rules" + m));
    systems.add("rules+filter");
    Map<String, Scorer> micro = new LinkedHashMap<>();
    systems.forEach(s -> micro.put(s, new Scorer()));
    out.printf("%-10s %4s", "held out", "docs");
    systems.forEach(s -> out.printf(" %15s", s));
    out.println();
    for (int i = 0; i < sets.size(); i++) {
      List<NerTraining.Example> training = new ArrayList<>();
      for (int j = 0; j < sets.size(); j++) {
        if (j != i) {
          training.addAll(sets.get(j));
        }
      }
      NerTagger withRules = NerTraining.train(training, true);
      NerTagger plain = NerTraining.train(training, false);
      NerEntityFilter filter = NerEntityFilter.train(training);
      Map<String, Scorer> fold = new LinkedHashMap<>();
      systems.forEach(s -> fold.put(s, new Scorer()));
      for (NerTraining.Example e : sets.get(i)) {
        List<NerSpan> spans = withRules.tag(e.analysis());
        Map<String, List<NerEntities.Predicted>> predictions = new LinkedHashMap<>();
        predictions.put("gold-spans", NerEntities.tagger(e.analysis().doc(), NerLabels.spans(e.analysis().doc(), 0, e.gold())));
        predictions.put("rules", NerEntities.rules(e.analysis()));
        predictions.put("tagger-norules", NerEntities.tagger(e.analysis().doc(), plain.tag(e.analysis())));
        predictions.put("tagger", NerEntities.tagger(e.analysis().doc(), spans));
        MERGES.forEach((name, m) -> predictions.put("rules" + name, NerEntities.combine(e.analysis(), spans, m)));
        predictions.put("rules+filter", NerEntities.filtered(e.analysis(), filter));
        predictions.forEach((system, p) -> {
          fold.get(system).add(e.text().name(), e.text().gold(), json(p));
          micro.get(system).add(e.text().name(), e.text().gold(), json(p));
        });
      }
      out.printf("%-10s %4d", dirs.get(i).getFileName(), sets.get(i).size());
      systems.forEach(s -> out.printf(" %15.3f", fold.get(s).allEntities().f1()));
      out.println();
    }
    out.printf("%-10s %4d", "micro", docs);
    systems.forEach(s -> out.printf(" %15.3f", micro.get(s).allEntities().f1()));
    out.println();
    out.println();
    for (String s : systems) {
      Counts c = micro.get(s).allEntities();
      out.printf("%-18s micro P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", s, c.precision(), c.recall(), c.f1(),
          c.tp(), c.fp(), c.fn());
      for (EntityType t : EntityType.values()) {
        out.printf("  %s %.2f", t.name().substring(0, 3), micro.get(s).entities(t.name()).f1());
      }
      out.println();
    }
    cost(rules, sets, out);
  }

  /** CPU time per text of the rules, the tagger and the filter, trained on everything, after two warm-up rounds. */
  private static void cost(Extractor rules, List<List<NerTraining.Example>> sets, PrintStream out) {
    List<NerTraining.Example> all = new ArrayList<>();
    sets.forEach(all::addAll);
    NerTagger tagger = NerTraining.train(all, true);
    NerEntityFilter filter = NerEntityFilter.train(all);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[3];
    long chars = 0;
    for (int round = 0; round < 3; round++) {
      java.util.Arrays.fill(nanos, 0);
      chars = 0;
      for (NerTraining.Example e : all) {
        long t0 = cpu.getCurrentThreadCpuTime();
        Extractor.Analysis a = rules.analyse(e.text().article().body());
        long t1 = cpu.getCurrentThreadCpuTime();
        tagger.tag(a);
        long t2 = cpu.getCurrentThreadCpuTime();
        filter.keep(a.doc(), new ArrayList<>(a.ents()));
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += cpu.getCurrentThreadCpuTime() - t2;
        chars += e.text().article().body().length();
      }
    }
    out.printf("%nCPU time per text (%d texts, mean %d chars, third round):%n", all.size(),
        chars / all.size());
    out.printf("rules analysis %.2f ms, tagger %.2f ms, filter %.3f ms%n", nanos[0] / 1e6 / all.size(),
        nanos[1] / 1e6 / all.size(), nanos[2] / 1e6 / all.size());
  }

  private static ObjectNode json(List<NerEntities.Predicted> predicted) {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode entities = doc.putArray("entities");
    int n = 0;
    for (NerEntities.Predicted p : predicted) {
      entities.addObject().put("id", "E" + ++n).put("type", p.type().name()).put("text", p.text());
    }
    doc.putArray("relations");
    return doc;
  }

  public static void main(String[] args) {
    List<Path> dirs = new ArrayList<>();
    for (String a : args) {
      Path p = Files.isDirectory(Path.of(a)) ? Path.of(a) : Path.of("extraction/src/test/resources", a);
      if (Files.isDirectory(p) && !AnnotatedText.readDir(p).isEmpty()) {
        dirs.add(p);
      }
    }
    run(dirs, System.out);
  }
}
