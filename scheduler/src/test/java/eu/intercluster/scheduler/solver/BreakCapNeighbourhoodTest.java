package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The break-capped neighbourhood: every meeting may move, nobody gets more breaks, the total drops. */
class BreakCapNeighbourhoodTest {

  /** Participant 1 meets 2, 3 and 4; the others also meet each other (4 slots, 2 tables). */
  private static Problem problem() {
    return TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4).meeting(2, 3).build();
  }

  private static CpSatSearch.Outcome solve(Problem p, int[] incumbent) {
    CpSatModel m = new CpSatModel(new Candidates(p), 2);
    CpSatSearch search = new CpSatSearch(m, Solve.options(2), System.nanoTime());
    int breaks = Breaks.total(Breaks.perParticipant(p, incumbent));
    CpModel base = m.model.getClone();
    CpModel sub = BreakCapNeighbourhood.subModel(base, m, incumbent, breaks, 0, new SplittableRandom(1));
    return search.solveCapped(sub, 10, ConcurrentHashMap.newKeySet());
  }

  @Test
  void improvesWithoutMakingACappedParticipantWorse() {
    Problem p = problem();
    // 1 meets 2, 3, 4 in slots 1, 3, 4 (a break), 2 and 3 meet in slot 2: 1 break in total.
    int[] incumbent = {1, 3, 4, 2};
    assertThat(Breaks.total(Breaks.perParticipant(p, incumbent))).isEqualTo(1);
    CpSatSearch.Outcome o = solve(p, incumbent);
    assertThat(o.slots()).isNotNull();
    assertThat(Breaks.total(Breaks.perParticipant(p, o.slots()))).isZero();
    var v = new ScheduleValidator().validate(p, new TableAssigner(p).assign(o.slots(), List.of()), 2);
    assertThat(v.violations()).isEmpty();
  }

  @Test
  void findsNothingBelowAnOptimalSchedule() {
    Problem p = problem();
    int[] optimal = {2, 4, 3, 3};
    assertThat(Breaks.total(Breaks.perParticipant(p, optimal))).isZero();
    assertThat(solve(p, optimal).status()).isEqualTo(CpSolverStatus.INFEASIBLE);
  }
}
