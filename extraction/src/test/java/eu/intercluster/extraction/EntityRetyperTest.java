package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EntityRetyperTest {
  private static final String TEXT = "Bologna, 5 March 2026. The Regione Emilia-Romagna and Acme Robotics Srl signed a "
      + "memorandum of understanding on artificial intelligence. Mario Rossi, president of Acme Robotics Srl, "
      + "attended the signing in Bologna.";
  private static final EntityRetyper ORGS_ARE_PLACES =
      new EntityRetyper(new Perceptron(Map.of("ORG>PLACE:bias", 1.0)), 0);

  @Test
  void aRetypedEntityKeepsItsOccurrencesAndTakesTheNextIdOfItsNewType() {
    Extractor.Analysis a = Extractor.builder().build().analyse(TEXT);
    Map<String, String> renamed = new HashMap<>();
    List<Ent> out = ORGS_ARE_PLACES.apply(a.doc(), a.ents(), renamed);
    long places = a.ents().stream().filter(e -> e.type == EntityType.PLACE).count();
    assertThat(out).noneMatch(e -> e.type == EntityType.ORG);
    assertThat(renamed).isNotEmpty();
    renamed.forEach((from, to) -> {
      assertThat(from).startsWith("O");
      assertThat(to).startsWith("PL");
      assertThat(Integer.parseInt(to.substring(2))).isGreaterThan((int) places);
    });
    assertThat(out).filteredOn(e -> renamed.containsValue(e.id)).allMatch(e -> !e.cands.isEmpty());
    assertThat(a.ents()).anyMatch(e -> e.type == EntityType.ORG);
  }

  @Test
  void relationsOfARetypedEntityFollowItOrGoWhenTheirTypeNoLongerFits() {
    Extractor.Analysis a = Extractor.builder().build().analyse(TEXT);
    assertThat(a.ctx().relations()).anyMatch(r -> r.type().equals("SIGNED") && r.arg1().startsWith("O"));
    TrainedComponents.Output o = new TrainedComponents(null, null, ORGS_ARE_PLACES, null, null).apply(a);
    assertThat(o.entities()).noneMatch(e -> e.type() == EntityType.ORG);
    assertThat(o.relations()).noneMatch(r -> r.arg0().matches("O\\d+") || r.arg1().matches("O\\d+"));
    assertThat(o.relations()).noneMatch(r -> r.type().equals("SIGNED") && r.arg1().startsWith("PL"));
    assertThat(o.entities()).allMatch(e -> e.attribute("org") == null);
  }

  @Test
  void aRetypedEntityJoinsAnEntityOfItsNewTypeWithTheSameText() {
    Extractor.Analysis a = Extractor.builder().build().analyse(TEXT);
    Ent org = a.ents().stream().filter(e -> e.text.startsWith("Acme")).findFirst().orElseThrow();
    Ent place = new Ent(EntityType.PLACE, "place:acme");
    place.text = org.text;
    place.id = "PL99";
    int at = TEXT.lastIndexOf("Acme");
    place.cands.add(new Cand(at, at + org.text.length(), EntityType.PLACE, null, Cand.PLACE, "place:acme"));
    List<Ent> ents = new java.util.ArrayList<>(a.ents());
    ents.add(place);
    Map<String, String> renamed = new HashMap<>();

    List<Ent> out = ORGS_ARE_PLACES.apply(a.doc(), ents, renamed);

    List<Ent> joined = out.stream().filter(e -> e.text.equals(org.text)).toList();
    assertThat(joined).singleElement().satisfies(e -> {
      assertThat(e.id).isEqualTo("PL99");
      assertThat(e.type).isEqualTo(EntityType.PLACE);
      assertThat(e.cands).hasSize(org.cands.size() + 1)
          .isSortedAccordingTo(java.util.Comparator.comparingInt((Cand c) -> c.start));
    });
    assertThat(renamed).containsEntry(org.id, "PL99");
    assertThat(place.cands).as("the analysis's own entity is left alone").hasSize(1);
    assertThat(ORGS_ARE_PLACES.apply(a.doc(), ents, new HashMap<>()))
        .as("applying twice gives the same entities").filteredOn(e -> e.text.equals(org.text))
        .singleElement().satisfies(e -> assertThat(e.cands).hasSize(org.cands.size() + 1));
  }

  @Test
  void anEntityRetypedAsAnEventGetsItsDate() {
    Extractor.Analysis a = Extractor.builder().build().analyse("Milano, 5 marzo 2026 - Acme Robotics Srl presenta il "
        + "robot a Robotica Expo il 12 maggio 2026.");
    EntityRetyper orgsAreEvents = new EntityRetyper(new Perceptron(Map.of("ORG>EVENT:bias", 1.0)), 0);
    assertThat(orgsAreEvents.apply(a.doc(), a.ents(), new HashMap<>()))
        .filteredOn(e -> e.type == EntityType.EVENT && e.text.startsWith("Acme")).singleElement()
        .satisfies(e -> assertThat(e.attrs).containsKey("date"));
  }

  @Test
  void aNameRetypedAsAPersonTakesTheRoleAndOrganisationWrittenBeforeIt() {
    Extractor.Analysis a = Extractor.builder().build().analyse("La rectora de la Universidad de Almería (UAL), "
        + "Zorvenna Taliqui, inauguró ayer el nuevo laboratorio de robótica.");
    assertThat(a.ents()).anyMatch(e -> e.type == EntityType.ORG && e.text.equals("Zorvenna Taliqui"));
    EntityRetyper afterAComma = new EntityRetyper(new Perceptron(Map.of("ORG>PERSON:ob=,", 1.0)), 0);
    List<Ent> out = afterAComma.apply(a.doc(), a.ents(), new HashMap<>());
    Ent university = out.stream().filter(e -> e.text.equals("Universidad de Almería")).findFirst().orElseThrow();
    assertThat(out).filteredOn(e -> e.type == EntityType.PERSON).singleElement().satisfies(e -> {
      assertThat(e.text).isEqualTo("Zorvenna Taliqui");
      assertThat(e.attrs.get("role")).isEqualTo("rectora de la Universidad de Almería (UAL)");
      assertThat(e.attrs.get("org")).isEqualTo(university.id);
    });
    assertThat(a.doc().roles).as("the analysis's roles are left alone").isEmpty();
  }

  @Test
  void anEntityTheCallersGazetteerKnowsIsNeverRetyped() {
    Extractor.Analysis a = Extractor.builder()
        .add(new GazetteerEntry("Acme Robotics Srl", List.of(), EntityType.ORG, "company", "org-7")).build()
        .analyse(TEXT);
    TrainedComponents.Output o = new TrainedComponents(null, null, ORGS_ARE_PLACES, null, null).apply(a);
    assertThat(o.entities()).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::externalId)
        .containsExactly("org-7");
  }

  @Test
  void trainingIsDeterministicAndLearnsEveryPair() {
    Path dev4 = Path.of("src/test/resources/dev4");
    Assumptions.assumeTrue(Files.isDirectory(dev4), "SKIPPED: run from the extraction module directory");
    List<NerTraining.Example> texts = ModelTrainer.analyse(AnnotatedText.readDir(dev4));
    String first = EntityRetyper.train(texts).model().serialise();
    assertThat(EntityRetyper.train(texts).model().serialise()).isEqualTo(first);
    assertThat(first).contains("ORG>PLACE:bias\t", "ORG>PROGRAMME:", "PLACE>ORG:");
  }

  @Test
  void theWordsAroundEveryOccurrenceAreFeatures() {
    Extractor.Analysis a = Extractor.builder().build().analyse("Acme Robotics Srl opened a new plant. The University "
        + "of Bologna signed a memorandum of understanding. Mario Rossi, president of Acme Robotics Srl, attended.");
    EntityRetyper afterAPreposition = new EntityRetyper(new Perceptron(Map.of("ORG>PLACE:ob=of", 1.0)), 0);
    Map<String, String> renamed = new HashMap<>();
    List<Ent> out = afterAPreposition.apply(a.doc(), a.ents(), renamed);
    assertThat(out).filteredOn(e -> e.type == EntityType.PLACE).extracting(e -> e.text).contains("Acme Robotics Srl");
    assertThat(out).filteredOn(e -> e.type == EntityType.ORG).extracting(e -> e.text)
        .contains("University of Bologna");
  }

  @Test
  void aRetypedPlaceTakesItsKindFromAHeadNoun() {
    assertThat(EntityRetyper.placeKind("Hotel Centar Park")).isEqualTo("venue");
    assertThat(EntityRetyper.placeKind("Palazzo Re Enzo")).isEqualTo("venue");
    assertThat(EntityRetyper.placeKind("Wieselburg")).isNull();
  }
}
