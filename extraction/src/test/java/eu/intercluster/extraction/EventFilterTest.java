package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static final String TEXT = "Turin, 12 March 2026. The Smart Manufacturing Forum 2026 opened today in Turin, "
      + "organised by Acme Robotics Srl. More than 300 companies took part in the Smart Manufacturing Forum 2026. "
      + "A panel on artificial intelligence closed the first day. The next meeting will be announced soon.";

  private static Extractor.Analysis analysis() {
    return Extractor.builder().build().analyse(TEXT);
  }

  private static NerEntityFilter events(double bias) {
    return new NerEntityFilter(new Perceptron(Map.of("bias", bias)), NerEntityFilter.EVENT_TYPES,
        NerEntityFilter.EVENT_DROP_BELOW);
  }

  @Test
  void theEventFilterDropsEventsOnlyWithTheirRelationsButNeverTheMainEvent() {
    Extractor.Analysis a = analysis();
    Ent main = a.ctx().mainEvent;
    assertThat(main.text).isEqualTo("Smart Manufacturing Forum 2026");
    assertThat(a.ents()).filteredOn(e -> e.type == EntityType.EVENT).hasSizeGreaterThan(1);
    TrainedComponents.Output o = new TrainedComponents(null, null, null, null, null, events(-6)).apply(a);
    assertThat(o.entities()).filteredOn(e -> e.type() == EntityType.EVENT).extracting(Entity::text)
        .containsExactly(main.text);
    assertThat(o.entities()).anyMatch(e -> e.type() == EntityType.ORG);
    assertThat(o.relations()).allMatch(r -> !r.arg0().startsWith("E") || r.arg0().equals(main.id))
        .allMatch(r -> !r.arg1().startsWith("E") || r.arg1().equals(main.id));
    assertThat(new TrainedComponents(null, null, null, null, null, events(-4)).apply(a).entities())
        .hasSameSizeAs(a.ents());
  }

  @Test
  void theEventFilterSeesWhetherAnEventIsTheMainOneAndWhatTheRulesAttachedToIt() {
    Extractor.Analysis a = analysis();
    Ent main = a.ctx().mainEvent;
    assertThat(NerEntityFilter.features(a, main)).contains("main=true", "rel=ORGANISED<")
        .doesNotContain("rel=none");
    Ent panel = a.ents().stream().filter(e -> e.text.equals("panel")).findFirst().orElseThrow();
    assertThat(NerEntityFilter.features(a, panel)).contains("main=false", "sub=true", "rel=PART_OF>", "sentence=3");
    Ent next = a.ents().stream().filter(e -> e.text.equals("next meeting")).findFirst().orElseThrow();
    assertThat(NerEntityFilter.features(a, next)).contains("future=true", "rel=none", "links=0");
  }

  @Test
  void theEventFilterDoesNotReadTheWordsAroundAnEvent() {
    Extractor.Analysis a = analysis();
    Ent panel = a.ents().stream().filter(e -> e.text.equals("panel")).findFirst().orElseThrow();
    assertThat(NerEntityFilter.features(a, panel)).noneMatch(f -> f.startsWith("before=") || f.startsWith("after="));
    Ent org = a.ents().stream().filter(e -> e.type == EntityType.ORG).findFirst().orElseThrow();
    assertThat(NerEntityFilter.features(a, org)).anyMatch(f -> f.startsWith("before=ORG|"));
  }
}
