package eu.intercluster.scheduler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MidDayAbsenceTest {

  @Test
  void withoutTheShareTheEventIsUnchanged() {
    EventGenerator.Spec spec = EventGenerator.Spec.of(200, 800, 16, 60, 3);
    assertThat(spec.midDayAbsenceShare()).isZero();
    assertThat(new EventGenerator().generate(spec.withMidDayAbsences(0)))
        .isEqualTo(new EventGenerator().generate(spec));
  }

  @Test
  void someParticipantsAreAwayForOneOrTwoSlotsInTheMiddleThird() {
    Problem p = new EventGenerator().generate(EventGenerator.Spec.of(500, 2500, 24, 150, 1).withMidDayAbsences(0.2));
    assertThat(p.name()).endsWith("-midday20");
    List<Participant> away = p.participants().stream()
        .filter(q -> !q.forbiddenSlots().isEmpty() && !q.forbiddenSlots().contains(1) && !q.forbiddenSlots().contains(24))
        .toList();
    // about 20 % of the 70 % who neither arrive late nor leave early
    assertThat(away.size()).isBetween(40, 110);
    for (Participant q : away) {
      int first = q.forbiddenSlots().stream().min(Integer::compare).orElseThrow();
      int last = q.forbiddenSlots().stream().max(Integer::compare).orElseThrow();
      assertThat(first).isBetween(9, 16);
      assertThat(last - first).isBetween(0, 1);
      assertThat(q.forbiddenSlots()).hasSize(last - first + 1);
    }
  }
}
