package eu.intercluster.extraction;

import eu.intercluster.extraction.eval.Counts;
import eu.intercluster.extraction.eval.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Leave-one-set-out cross-validation of the trained components: for each annotated set, the components are
 * trained on all the other sets and every variant (rules alone, rules + some components, rules + all) is scored on
 * it; then, trained on all the sets, on the seeds (never trained on). Prints entity and
 * relation P, R and F1 per set and variant and the micro averages. Backs {@code ./intercluster extract-cv DIR...};
 * {@code CrossValidation [--seeds DIR] DIR...}, where a directory without annotated texts stands for its subdirectories.
 */
public final class CrossValidation {
  static final Map<String, UnaryOperator<TrainedComponents>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("rules", c -> TrainedComponents.RULES);
    VARIANTS.put("+relations",
        c -> c.withoutFilter().withoutThemeFilter().withoutRetyper().withoutExtender().withoutEventFilter());
    VARIANTS.put("+filter",
        c -> c.withoutThemeFilter().withoutRetyper().withoutRelations().withoutExtender().withoutEventFilter());
    VARIANTS.put("+filter+relations",
        c -> c.withoutThemeFilter().withoutRetyper().withoutExtender().withoutEventFilter());
    VARIANTS.put("all but retyper", TrainedComponents::withoutRetyper);
    VARIANTS.put("all but themeFilter", TrainedComponents::withoutThemeFilter);
    VARIANTS.put("all but extender", TrainedComponents::withoutExtender);
    VARIANTS.put("all but eventFilter", TrainedComponents::withoutEventFilter);
    VARIANTS.put("all (shipped)", c -> c);
    VARIANTS.put("relation margin 0", c -> c.withRelationMargin(0));
    VARIANTS.put("relation margin -4", c -> c.withRelationMargin(-4));
  }

  private CrossValidation() {}


  public static void run(List<Path> dirs, PrintStream out) {
    run(dirs, null, out);
  }

  static void run(List<Path> dirs, Path seeds, PrintStream out) {
    List<List<NerTraining.Example>> sets = new ArrayList<>();
    for (Path d : dirs) {
      sets.add(ModelTrainer.analyse(AnnotatedText.readDir(d)));
    }
    Map<String, Scorer> micro = scorers();
    out.printf("%-10s %4s %-22s | %-17s | %s%n", "held out", "docs", "variant", "entity P R F1", "relation P R F1");
    for (int i = 0; i < sets.size(); i++) {
      List<NerTraining.Example> training = new ArrayList<>();
      for (int j = 0; j < sets.size(); j++) {
        if (j != i) {
          training.addAll(sets.get(j));
        }
      }
      TrainedComponents trained = TrainedComponents.train(training);
      Map<String, Scorer> fold = score(trained, sets.get(i), micro);
      print(out, dirs.get(i).getFileName().toString(), sets.get(i).size(), fold);
    }
    print(out, "micro", sets.stream().mapToInt(List::size).sum(), micro);
    if (seeds != null) {
      List<NerTraining.Example> all = new ArrayList<>();
      sets.forEach(all::addAll);
      List<NerTraining.Example> seedTexts = ModelTrainer.analyse(AnnotatedText.readDir(seeds));
      print(out, "seeds", seedTexts.size(), score(TrainedComponents.train(all), seedTexts, scorers()));
    }
  }

  private static Map<String, Scorer> scorers() {
    Map<String, Scorer> out = new LinkedHashMap<>();
    VARIANTS.keySet().forEach(v -> out.put(v, new Scorer()));
    return out;
  }

  private static Map<String, Scorer> score(TrainedComponents trained, List<NerTraining.Example> texts,
      Map<String, Scorer> total) {
    Map<String, Scorer> out = scorers();
    VARIANTS.forEach((name, variant) -> {
      TrainedComponents components = variant.apply(trained);
      for (NerTraining.Example e : texts) {
        var pred = components.predict(e);
        out.get(name).add(e.text().name(), e.text().gold(), pred);
        total.get(name).add(e.text().name(), e.text().gold(), pred);
      }
    });
    return out;
  }

  private static void print(PrintStream out, String set, int docs, Map<String, Scorer> scorers) {
    scorers.forEach((variant, s) -> out.printf("%-10s %4d %-22s | %s | %s | THEME %s%n", set, docs, variant,
        prf(s.allEntities()), prf(s.relations()), prf(s.entities("THEME"))));
  }

  private static String prf(Counts c) {
    return String.format("%.3f %.3f %.3f", c.precision(), c.recall(), c.f1());
  }

  public static void main(String[] args) {
    List<Path> dirs = new ArrayList<>();
    Path seeds = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seeds")) {
        seeds = Path.of(args[++i]);
      } else {
        dirs.addAll(annotatedDirs(Path.of(args[i])));
      }
    }
    run(dirs, seeds, System.out);
  }

  /** The directory itself when it holds annotated texts, else its subdirectories that do, sorted by name. */
  static List<Path> annotatedDirs(Path dir) {
    if (!AnnotatedText.readDir(dir).isEmpty()) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).filter(d -> !AnnotatedText.readDir(d).isEmpty()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
