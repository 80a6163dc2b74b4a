package eu.intercluster.scheduler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventGeneratorTest {

  @Test
  void generatesTheRequestedSizeDeterministically() {
    EventGenerator.Spec spec = EventGenerator.Spec.of(200, 800, 16, 60, 3);
    Problem a = new EventGenerator().generate(spec);
    Problem b = new EventGenerator().generate(spec);
    assertThat(a).isEqualTo(b);
    assertThat(a.participants()).hasSize(200);
    assertThat(a.meetings()).hasSize(800);
    assertThat(a.meetings().stream().map(m -> Math.min(m.first(), m.second()) * 1000 + Math.max(m.first(), m.second()))
        .distinct().count()).isEqualTo(800);
  }

  @Test
  void popularityIsSkewedAndLoadsStayWithinFreeSlots() {
    Problem p = new EventGenerator().generate(EventGenerator.Spec.of(500, 2500, 24, 150, 1));
    int[] degree = new int[501];
    for (Meeting m : p.meetings()) {
      degree[m.first()]++;
      degree[m.second()]++;
    }
    int[] sorted = Arrays.stream(degree).skip(1).sorted().toArray();
    double topDecile = Arrays.stream(sorted).skip(450).average().orElseThrow();
    double bottomHalf = Arrays.stream(sorted).limit(250).average().orElseThrow();
    assertThat(topDecile).isGreaterThan(2.5 * bottomHalf);
    for (int q = 1; q <= 500; q++) {
      assertThat(degree[q]).isLessThanOrEqualTo(24 - p.participant(q).forbiddenSlots().size());
    }
    assertThat(p.participants().stream().filter(x -> !x.forbiddenSlots().isEmpty()).count()).isBetween(100L, 200L);
  }
}
