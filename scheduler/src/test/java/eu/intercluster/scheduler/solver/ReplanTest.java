package eu.intercluster.scheduler.solver;

import static eu.intercluster.scheduler.solver.Solve.slotOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplanTest {

  @Test
  void publishedSlotsAreKeptWhenStillPossible() {
    // given a published schedule with a break for participant 1 (slots 1 and 3)
    Problem p = TinyProblem.of(4, 3, 2).meeting(1, 2).meeting(1, 3).meeting(3, 4).build();
    List<Assignment> published = List.of(new Assignment(1, 1, 1), new Assignment(2, 3, 1), new Assignment(3, 2, 1));
    // when re-planning with the published schedule pinned
    ScheduleResult r = Solve.solve(p, Solve.options(2).withPublished(published));
    // then nothing moves although a break-free schedule exists
    assertThat(r.moved()).isZero();
    assertThat(slotOf(r, 1)).isEqualTo(1);
    assertThat(slotOf(r, 2)).isEqualTo(3);
    assertThat(slotOf(r, 3)).isEqualTo(2);
    assertThat(Solve.solve(p).breaks()).isZero();
  }

  @Test
  void onlyTheMeetingsThatMustMoveAreMoved() {
    // given meeting 3 is new and participant 1 is now forbidden in slot 1, where meeting 1 was published
    Problem p = TinyProblem.of(5, 4, 2).meeting(1, 2).meeting(3, 4).meeting(1, 5).forbid(1, 1).build();
    List<Assignment> published = List.of(new Assignment(1, 1, 1), new Assignment(2, 1, 2));
    ScheduleResult r = Solve.solve(p, Solve.options(2).withPublished(published));
    assertThat(r.moved()).isEqualTo(1);
    assertThat(slotOf(r, 2)).isEqualTo(1);
  }
}
