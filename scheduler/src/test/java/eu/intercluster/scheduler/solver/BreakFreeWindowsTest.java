package eu.intercluster.scheduler.solver;

import static eu.intercluster.scheduler.solver.Solve.solve;
import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Problem;
import org.junit.jupiter.api.Test;

/** The break-free window analysis: a bound that the usable-slot runs miss, and no lost optimum. */
class BreakFreeWindowsTest {

  /**
   * Participant 1 meets 2 and 3 in slot 1 or 4 and meets 4 in slot 2 or 3: its usable slots are one
   * run 1..4, but no window of 3 slots holds all three meetings, so it needs a break.
   */
  private static Problem noBreakFreeWindow() {
    return TinyProblem.of(4, 4, 2)
        .meeting(1, 2).meeting(1, 3).meeting(1, 4)
        .forbid(2, 2, 3).forbid(3, 2, 3).forbid(4, 1, 4)
        .build();
  }

  @Test
  void noPossibleWindowProvesABreak() {
    Candidates c = new Candidates(noBreakFreeWindow());
    BreakFreeWindows w = c.windows(1);
    assertThat(w.any).isFalse();
    assertThat(c.breakLowerBound(1)).isEqualTo(1);
    ScheduleResult r = solve(noBreakFreeWindow());
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.breaks()).isEqualTo(1);
  }

  @Test
  void keepsEveryMeetingSlotOfAPossibleWindow() {
    // Participant 1 meets 2 (slot 1 or 2) and 3 (any slot): windows 1-2 and 2-3 are possible, and
    // meeting 2 may take slot 1, 2 or 3 in them, never slot 4.
    Problem p = TinyProblem.of(3, 4, 2).meeting(1, 2).meeting(1, 3).forbid(2, 3, 4).build();
    BreakFreeWindows w = new Candidates(p).windows(1);
    assertThat(w.windows[1]).isTrue();
    assertThat(w.windows[2]).isTrue();
    assertThat(w.windows[3]).isFalse();
    assertThat(w.edge[1][1]).isTrue();
    assertThat(w.edge[1][3]).isTrue();
    assertThat(w.edge[1][4]).isFalse();
    assertThat(w.edge[0][3]).isFalse();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.breaks()).isZero();
  }
}
