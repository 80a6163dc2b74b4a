package eu.intercluster.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.intercluster.extraction.eval.Counts;
import eu.intercluster.extraction.eval.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-batch-out cross-validation of the trained components (relation classifier and learned theme terms):
 * for each directory, components trained on all the other directories are scored on it, next to the rules alone. Prints per-set and micro-averaged
 * entity and relation figures. Backs {@code ./intercluster extract-cv DIR...}.
 */
public final class CrossValidation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CrossValidation() {}

  public static void run(List<Path> dirs, PrintStream out) {
    List<List<AnnotatedText>> sets = new ArrayList<>();
    for (Path d : dirs) {
      sets.add(AnnotatedText.readDir(d));
    }
    Scorer allRules = new Scorer();
    Scorer allModel = new Scorer();
    out.printf("%-12s %5s | %-48s | %s%n", "held out", "docs", "rules only: entity F1, relation P R F1",
        "rules + learned themes + relation classifier");
    for (int i = 0; i < sets.size(); i++) {
      List<AnnotatedText> training = new ArrayList<>();
      for (int j = 0; j < sets.size(); j++) {
        if (j != i) {
          training.addAll(sets.get(j));
        }
      }
      RelationClassifier classifier = new RelationClassifier(ModelTrainer.train(training));
      LearnedThemes themes = LearnedThemes.learn(training);
      Scorer rules = score(sets.get(i), Extractor.builder().build(), allRules);
      Scorer model = score(sets.get(i),
          Extractor.builder().relationClassifier(classifier).learnedThemes(themes).build(), allModel);
      out.printf("%-12s %5d | %.3f  %s | %.3f  %s%n", dirs.get(i).getFileName(), sets.get(i).size(),
          rules.allEntities().f1(), prf(rules.relations()), model.allEntities().f1(), prf(model.relations()));
    }
    out.printf("%-12s %5s | %.3f  %s | %.3f  %s%n", "micro", "", allRules.allEntities().f1(),
        prf(allRules.relations()), allModel.allEntities().f1(), prf(allModel.relations()));
  }

  private static String prf(Counts c) {
    return String.format("%.3f %.3f %.3f (tp %d fp %d fn %d)", c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
  }

  private static Scorer score(List<AnnotatedText> texts, Extractor extractor, Scorer total) {
    Scorer s = new Scorer();
    for (AnnotatedText t : texts) {
      ExtractedDocument doc = extractor.extract(t.name(), t.article().source(), t.article().body());
      try {
        var pred = JSON.readTree(JsonWriter.toJson(doc));
        s.add(t.name(), t.gold(), pred);
        total.add(t.name(), t.gold(), pred);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s;
  }

  public static void main(String[] args) {
    List<Path> dirs = new ArrayList<>();
    for (String a : args) {
      if (Files.isDirectory(Path.of(a))) {
        dirs.add(Path.of(a));
      }
    }
    run(dirs, System.out);
  }
}
