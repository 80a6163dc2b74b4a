package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {
  private static Path dir(String name) {
    Path p = Path.of("src/test/resources", name);
    Assumptions.assumeTrue(Files.isDirectory(p), "SKIPPED: run from the extraction module directory");
    return p;
  }

  @Test
  void trainingOnTheSameTextsGivesTheSameModel() {
    List<AnnotatedText> texts = AnnotatedText.readDir(dir("dev"));
    String first = ModelTrainer.train(ModelTrainer.analyse(texts)).serialise();
    assertThat(first).contains("SIGNED_AT:rule\t");
    assertThat(ModelTrainer.train(ModelTrainer.analyse(texts)).serialise()).isEqualTo(first);
  }

  @Test
  void examplesAreLabelledFromTheGoldRelations() {
    List<Perceptron.Example> examples = ModelTrainer.examples(ModelTrainer.analyse(AnnotatedText.readDir(dir("dev"))));
    long positives = examples.stream().filter(Perceptron.Example::positive).count();
    assertThat(positives).isGreaterThan(40);
    assertThat(examples.size() - positives).isGreaterThan(positives);
  }

  @Test
  void theClassifierAddsGoldRelationsOfItsOwnTrainingTextsTheRulesMissed() {
    List<NerTraining.Example> texts = ModelTrainer.analyse(AnnotatedText.readDir(dir("dev4")));
    TrainedComponents classifier =
        new TrainedComponents(null, null, null, new RelationClassifier(ModelTrainer.train(texts)), null);
    eu.intercluster.extraction.eval.Scorer rules = new eu.intercluster.extraction.eval.Scorer();
    eu.intercluster.extraction.eval.Scorer trained = new eu.intercluster.extraction.eval.Scorer();
    for (NerTraining.Example e : texts) {
      rules.add(e.text().name(), e.text().gold(), TrainedComponents.RULES.predict(e));
      trained.add(e.text().name(), e.text().gold(), classifier.predict(e));
    }
    assertThat(trained.relations().tp()).isGreaterThan(rules.relations().tp());
  }

  @Test
  void learnedThemesFindATermOnlyTheAnnotationsKnow() {
    List<AnnotatedText> texts = AnnotatedText.readDir(dir("dev"));
    LearnedThemes themes = LearnedThemes.learn(texts);
    assertThat(themes.size()).isPositive();
    String body = "A Torino una mostra presenta il vetro artistico di Murano.";
    Extractor plain = Extractor.builder().build();
    Extractor learned = Extractor.builder().learnedThemes(
        new LearnedThemes(java.util.Map.of("vetro artistico", "CULTURE"))).build();
    assertThat(plain.extract("x", "x.txt", body).entities()).noneMatch(e -> e.text().equals("vetro artistico"));
    assertThat(learned.extract("x", "x.txt", body).entities())
        .anyMatch(e -> e.type() == EntityType.THEME && e.text().equals("vetro artistico"));
  }

  @Test
  void crossValidationPrintsEveryHeldOutSetAndTheMicroAverage() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    CrossValidation.run(List.of(dir("holdout"), dir("holdout4")), new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("holdout ").contains("holdout4").contains("micro");
  }
}
