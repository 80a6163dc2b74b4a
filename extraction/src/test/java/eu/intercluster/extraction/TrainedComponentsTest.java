package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedComponentsTest {
  private static final String TEXT = "Bologna, 5 March 2026. The Regione Emilia-Romagna and Acme Robotics Srl signed a "
      + "memorandum of understanding on artificial intelligence. Mario Rossi, president of Acme Robotics Srl, "
      + "attended the signing in Bologna.";

  private static Extractor.Analysis analysis() {
    return Extractor.builder().build().analyse(TEXT);
  }

  @Test
  void withoutComponentsTheOutputIsTheRules() {
    Extractor.Analysis a = analysis();
    TrainedComponents.Output o = TrainedComponents.RULES.apply(a);
    assertThat(o.entities()).hasSameSizeAs(a.ents());
    assertThat(o.relations()).isEqualTo(a.ctx().relations());
  }

  @Test
  void droppedOrganisationsTakeTheirRelationsAndPersonLinksWithThem() {
    Extractor.Analysis a = analysis();
    assertThat(a.ctx().relations()).anyMatch(r -> r.arg1().startsWith("O") || r.arg0().startsWith("O"));
    NerEntityFilter dropAll = new NerEntityFilter(new Perceptron(Map.of("bias", -3.0)));
    TrainedComponents.Output o = new TrainedComponents(dropAll, null, null, null, null).apply(a);
    assertThat(o.entities()).noneMatch(e -> e.type() == EntityType.ORG || e.type() == EntityType.AGREEMENT);
    assertThat(o.entities()).anyMatch(e -> e.type() == EntityType.PERSON);
    assertThat(o.entities()).allMatch(e -> e.attribute("org") == null);
    assertThat(o.relations()).noneMatch(r -> r.arg0().matches("[OA]\\d+") || r.arg1().matches("[OA]\\d+"));
  }

  @Test
  void aPersonWhoseOrganisationIsDroppedTakesTheOneNamedInTheRoleAmongTheKeptOnes() {
    Extractor.Analysis a = Extractor.builder().build().analyse("El Instituto Gallego de Promoción Económica (IGAPE) "
        + "firmó el convenio en Vigo. Lo explicó Marta Souto, directora del área de Internacionalización del IGAPE.");
    Ent wrong = a.ents().stream().filter(e -> e.text.equals("Internacionalización del IGAPE")).findFirst().orElseThrow();
    Ent person = a.ents().stream().filter(e -> e.type == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(person.attrs.get("org")).isEqualTo(wrong.id);
    NerEntityFilter dropWrong = new NerEntityFilter(new Perceptron(
        Map.of("bias", 1.0, "first=ORG|internacionalización", -5.0)));
    TrainedComponents.Output o = new TrainedComponents(dropWrong, null, null, null, null).apply(a);
    Entity institute = o.entities().stream()
        .filter(e -> e.text().equals("Instituto Gallego de Promoción Económica")).findFirst().orElseThrow();
    assertThat(o.entities()).noneMatch(e -> e.id().equals(wrong.id));
    assertThat(o.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
        .singleElement().satisfies(p -> assertThat(p.attribute("org")).isEqualTo(institute.id()));
  }

  @Test
  void theThemeFilterDropsThemesOnly() {
    Extractor.Analysis a = analysis();
    assertThat(a.ents()).anyMatch(e -> e.type == EntityType.THEME);
    NerEntityFilter dropAll = new NerEntityFilter(new Perceptron(Map.of("bias", -7.0)), NerEntityFilter.THEME_TYPES,
        NerEntityFilter.THEME_DROP_BELOW);
    TrainedComponents.Output o = new TrainedComponents(null, dropAll, null, null, null).apply(a);
    assertThat(o.entities()).noneMatch(e -> e.type() == EntityType.THEME);
    assertThat(o.entities()).anyMatch(e -> e.type() == EntityType.ORG);
    assertThat(o.relations()).noneMatch(r -> r.type().equals("HAS_THEME"));
    NerEntityFilter keepAll = new NerEntityFilter(new Perceptron(Map.of("bias", -5.0)), NerEntityFilter.THEME_TYPES,
        NerEntityFilter.THEME_DROP_BELOW);
    assertThat(new TrainedComponents(null, keepAll, null, null, null).apply(a).entities()).hasSameSizeAs(a.ents());
  }

  @Test
  void anOrganisationTheCallersGazetteerKnowsIsNeverDropped() {
    Extractor.Analysis a = Extractor.builder()
        .add(new GazetteerEntry("Acme Robotics Srl", List.of(), EntityType.ORG, "company", "org-7")).build()
        .analyse(TEXT);
    NerEntityFilter dropAll = new NerEntityFilter(new Perceptron(Map.of("bias", -3.0)));
    assertThat(new TrainedComponents(dropAll, null, null, null, null).apply(a).entities())
        .filteredOn(e -> e.type() == EntityType.ORG)
        .extracting(Entity::externalId).containsExactly("org-7");
  }

  @Test
  void theRelationClassifierKeepsEveryRuleProposalAndAddsWhatItScoresAboveTheMargin() {
    Extractor.Analysis a = analysis();
    RelationClassifier addAll = new RelationClassifier(new Perceptron(Map.of("LOCATED_IN:bias", 1.0)));
    List<Relation> out = new TrainedComponents(null, null, null, addAll, null).apply(a).relations();
    assertThat(out).containsAll(a.ctx().relations());
    assertThat(out).anyMatch(r -> r.type().equals("LOCATED_IN") && "classifier".equals(r.note()));
    RelationClassifier rejectAll =
        new RelationClassifier(new Perceptron(Map.of("LOCATED_IN:bias", RelationClassifier.MARGIN - 1)));
    assertThat(new TrainedComponents(null, null, null, rejectAll, null).apply(a).relations())
        .isEqualTo(a.ctx().relations());
    RelationClassifier belowZero =
        new RelationClassifier(new Perceptron(Map.of("LOCATED_IN:bias", RelationClassifier.MARGIN + 1)));
    assertThat(new TrainedComponents(null, null, null, belowZero, null).apply(a).relations())
        .anyMatch(r -> r.type().equals("LOCATED_IN") && "classifier".equals(r.note()))
        .allMatch(r -> r.note() == null || !r.note().equals("classifier") || r.type().equals("LOCATED_IN"));
  }

  @Test
  void theBuiltInModelsLoadFromTheClasspathAndRoundTrip(@TempDir Path dir) throws Exception {
    TrainedComponents built = TrainedModels.load();
    assertThat(built.filter().model().size()).isGreaterThan(500);
    assertThat(built.relations().model().size()).isGreaterThan(500);
    assertThat(built.retyper().model().size()).isGreaterThan(100);
    assertThat(built.themeFilter().model().size()).isGreaterThan(500);
    assertThat(built.extender().model().size()).isGreaterThan(500);
    TrainedModels.write(built, dir);
    assertThat(Files.readString(dir.resolve(TrainedModels.RELATIONS))).isEqualTo(built.relations().model().serialise());
    assertThat(built.filter().model().serialise()).contains("bias\t");
  }
}
