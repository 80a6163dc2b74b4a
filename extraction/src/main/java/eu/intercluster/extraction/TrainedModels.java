package eu.intercluster.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in trained components: the three entity filters (organisations and agreements, themes, events), the
 * entity retyper, the relation classifier and the entity extender, trained at build time (exec-maven-plugin, phase
 * process-classes, see extraction/pom.xml) on every annotated set under src/test/resources, never the seeds, and read
 * from the classpath. Training is deterministic, so the same texts and rules give byte-identical files. By hand:
 * {@code java -cp "extraction/target/classes:extraction/target/lib/*" eu.intercluster.extraction.TrainedModels
 * extraction/src/test/resources extraction/target/classes/eu/intercluster/extraction/model}.
 */
public final class TrainedModels {
  static final String FILTER = "entity-filter.tsv";
  static final String RELATIONS = "relation-classifier.tsv";
  static final String RETYPER = "entity-retyper.tsv";
  static final String THEME_FILTER = "theme-filter.tsv";
  static final String EXTENDER = "entity-extender.tsv";
  static final String EVENT_FILTER = "event-filter.tsv";

  private TrainedModels() {}

  /** The components built into the jar, read once on first use (so that the build-time training never needs them). */
  static TrainedComponents builtIn() {
    return BuiltIn.COMPONENTS;
  }

  private static final class BuiltIn {
    static final TrainedComponents COMPONENTS = load();
  }

  /** The components built into the jar; fails when the build did not produce them. */
  static TrainedComponents load() {
    return new TrainedComponents(new NerEntityFilter(read(FILTER)),
        new NerEntityFilter(read(THEME_FILTER), NerEntityFilter.THEME_TYPES, NerEntityFilter.THEME_DROP_BELOW),
        new EntityRetyper(read(RETYPER), EntityRetyper.MARGIN), new RelationClassifier(read(RELATIONS)),
        new EntityExtender(read(EXTENDER), EntityExtender.MARGIN),
        new NerEntityFilter(read(EVENT_FILTER), NerEntityFilter.EVENT_TYPES, NerEntityFilter.EVENT_DROP_BELOW));
  }

  private static Perceptron read(String name) {
    try (InputStream in = TrainedModels.class.getResourceAsStream("model/" + name)) {
      if (in == null) {
        throw new IllegalStateException("trained model model/" + name + " missing from the classpath: build the "
            + "extraction module with Maven (process-classes trains it)");
      }
      return Perceptron.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(TrainedComponents c, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(FILTER), c.filter().model().serialise(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(RELATIONS), c.relations().model().serialise(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(RETYPER), c.retyper().model().serialise(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(THEME_FILTER), c.themeFilter().model().serialise(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(EXTENDER), c.extender().model().serialise(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(EVENT_FILTER), c.eventFilter().model().serialise(), StandardCharsets.UTF_8);
  }

  /** {@code TrainedModels ANNOTATED_ROOT OUT_DIR}: trains on every annotated set under the root, writes the models. */
  public static void main(String[] args) throws IOException {
    List<NerTraining.Example> texts = new ArrayList<>();
    for (Path d : CrossValidation.annotatedDirs(Path.of(args[0]))) {
      texts.addAll(ModelTrainer.analyse(AnnotatedText.readDir(d)));
    }
    write(TrainedComponents.train(texts), Path.of(args[1]));
    System.out.printf("trained on %d annotated texts into %s%n", texts.size(), args[1]);
  }
}
