package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** Free meetings crowded out by their participants' fixed meetings; never fires on a feasible problem. */
class CrowdedByFixedMeetingsCheckTest {

  private static List<String> reasons(Problem p) {
    List<String> reasons = new ArrayList<>();
    new CrowdedByFixedMeetingsCheck(new Candidates(p)).check(reasons);
    return reasons;
  }

  @Test
  void meetingWithoutASlotLeftNamesTheFixedMeetingsOfBoth() {
    // meeting 4 (1 and 2): participant 1 is fixed in slots 1 and 3, participant 2 in slot 2
    Problem p = TinyProblem.of(5, 3, 3).fixed(1, 3, 1).fixed(2, 4, 2).fixed(1, 5, 3).meeting(1, 2).build();
    assertThat(reasons(p)).containsExactly("participant 1's meeting 4 (with participant 2) has no slot left among"
        + " the slots their sessions and forbidden slots allow [1, 2, 3]: participant 1 is in fixed meetings"
        + " 1 (slot 1), 3 (slot 3); participant 2 in fixed meetings 2 (slot 2)");
    assertThat(Solve.solve(p).status()).isEqualTo(Status.INFEASIBLE);
  }

  @Test
  void meetingsSharingTooFewSlotsAreNamedTogether() {
    // participant 1 has free meetings with 2 and 3; slot 1 is fixed for 1, slot 2 for both partners
    Problem p = TinyProblem.of(5, 3, 3).fixed(1, 4, 1).fixed(2, 4, 2).fixed(3, 5, 2).meeting(1, 2).meeting(1, 3)
        .build();
    assertThat(reasons(p)).hasSize(1).first().asString().startsWith("participant 1's meetings 4 (with participant 2), 5"
        + " (with participant 3) have only 1 slot left [3]");
  }

  @Property(tries = 300, seed = "3")
  void neverFiresOnAFeasibleProblem(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    Problem p = ParticipantBreakBoundsTest.randomProblem(new Random(seed), false);
    boolean fires = !reasons(p).isEmpty();
    Statistics.collect(fires ? "fires" : "silent");
    if (fires) {
      assertThat(new ScheduleEnumerator(new Candidates(p)).all()).isEmpty();
    }
  }
}
