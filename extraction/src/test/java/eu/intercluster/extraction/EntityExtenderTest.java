package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EntityExtenderTest {
  private static final String TEXT = "Bologna, 5 March 2026. The Regione Emilia-Romagna and Acme Robotics Srl signed a "
      + "memorandum of understanding on artificial intelligence for ports. Mario Rossi, president of Acme Robotics "
      + "Srl, attended the signing in Bologna.";
  private static final EntityExtender THEMES_GROW_RIGHT =
      new EntityExtender(new Perceptron(Map.of("THEMER:bias", 1.0, "THEMER:k=2", 4.0)), 2);

  @Test
  void theBestExtensionBecomesTheTextAndTheEntityKeepsItsIdAndRelations() {
    Extractor.Analysis a = Extractor.builder().build().analyse(TEXT);
    Ent theme = a.ents().stream().filter(e -> e.text.equals("artificial intelligence")).findFirst().orElseThrow();
    Ent longer = THEMES_GROW_RIGHT.extend(a.doc(), theme, a.ents());
    assertThat(longer.text).isEqualTo("artificial intelligence for ports");
    assertThat(longer.id).isEqualTo(theme.id);
    assertThat(theme.text).isEqualTo("artificial intelligence");
    TrainedComponents.Output o = new TrainedComponents(null, null, null, null, THEMES_GROW_RIGHT).apply(a);
    assertThat(o.entities()).anyMatch(e -> e.text().equals("artificial intelligence for ports"));
    assertThat(o.relations()).isEqualTo(a.ctx().relations());
  }

  @Test
  void anExtensionStopsAtPunctuationAndAtTheSentenceEnd() {
    Extractor.Analysis a = Extractor.builder().build().analyse(TEXT);
    Ent rossi = a.ents().stream().filter(e -> e.text.equals("Mario Rossi")).findFirst().orElseThrow();
    assertThat(EntityExtender.extensions(a.doc(), rossi, a.ents())).isEmpty();
    Ent theme = a.ents().stream().filter(e -> e.text.equals("artificial intelligence")).findFirst().orElseThrow();
    assertThat(EntityExtender.extensions(a.doc(), theme, a.ents()))
        .noneMatch(x -> a.doc().slice(x.start(), x.end()).contains("."));
  }

  @Test
  void anEntityTheCallersGazetteerKnowsKeepsItsName() {
    Extractor.Analysis a = Extractor.builder()
        .add(new GazetteerEntry("artificial intelligence", List.of(), EntityType.THEME, null, "t-1")).build()
        .analyse(TEXT);
    Ent theme = a.ents().stream().filter(e -> "t-1".equals(e.externalId)).findFirst().orElseThrow();
    assertThat(THEMES_GROW_RIGHT.extend(a.doc(), theme, a.ents())).isSameAs(theme);
  }

  @Test
  void trainingIsDeterministic() {
    Path dev4 = Path.of("src/test/resources/dev4");
    Assumptions.assumeTrue(Files.isDirectory(dev4), "SKIPPED: run from the extraction module directory");
    List<NerTraining.Example> texts = ModelTrainer.analyse(AnnotatedText.readDir(dev4));
    String first = EntityExtender.train(texts).model().serialise();
    assertThat(EntityExtender.train(texts).model().serialise()).isEqualTo(first);
    assertThat(first).contains("THEMER:bias\t");
  }
}
