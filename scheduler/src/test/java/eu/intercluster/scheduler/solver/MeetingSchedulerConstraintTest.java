package eu.intercluster.scheduler.solver;

import static eu.intercluster.scheduler.solver.Solve.slotOf;
import static eu.intercluster.scheduler.solver.Solve.solve;
import static eu.intercluster.scheduler.solver.Solve.tableOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import org.junit.jupiter.api.Test;

/** One test per constraint: respected when satisfiable, explained when violated on purpose. */
class MeetingSchedulerConstraintTest {

  @Test
  void everyMeetingGetsASlotAndATable() {
    Problem p = TinyProblem.of(4, 3, 2).meeting(1, 2).meeting(3, 4).meeting(1, 3).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.assignments()).hasSize(3).allSatisfy(a -> {
      assertThat(a.slot()).isBetween(1, 3);
      assertThat(a.table()).isBetween(1, 2);
    });
  }

  @Test
  void participantIsNeverInTwoMeetingsAtOnce() {
    Problem p = TinyProblem.of(3, 2, 5).meeting(1, 2).meeting(1, 3).build();
    ScheduleResult r = solve(p);
    assertThat(slotOf(r, 1)).isNotEqualTo(slotOf(r, 2));
  }

  @Test
  void participantWithMoreMeetingsThanSlotsIsExplained() {
    Problem p = TinyProblem.of(4, 2, 5).meeting(1, 2).meeting(1, 3).meeting(1, 4).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("participant 1 has 3 meetings").contains("only 2 allowed slots");
  }

  @Test
  void tablesLimitMeetingsPerSlot() {
    Problem p = TinyProblem.of(4, 2, 1).meeting(1, 2).meeting(3, 4).build();
    ScheduleResult r = solve(p);
    assertThat(slotOf(r, 1)).isNotEqualTo(slotOf(r, 2));
  }

  @Test
  void tooFewTablesIsExplained() {
    Problem p = TinyProblem.of(6, 1, 2).meeting(1, 2).meeting(3, 4).meeting(5, 6).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("3 meetings but only 2 table-slots");
  }

  @Test
  void sessionKeepsMeetingInItsHalfOfTheDay() {
    Problem p = TinyProblem.of(4, 4, 2).morningSlots(2)
        .meeting(1, 2, Session.AFTERNOON).meeting(3, 4, Session.MORNING).build();
    ScheduleResult r = solve(p);
    assertThat(slotOf(r, 1)).isBetween(3, 4);
    assertThat(slotOf(r, 2)).isBetween(1, 2);
  }

  @Test
  void meetingFixedOutsideItsSessionIsExplained() {
    Problem base = TinyProblem.of(2, 4, 1).morningSlots(2).meeting(1, 2, Session.MORNING).build();
    Problem p = base.withMeetings(java.util.List.of(base.meeting(1).withFixedSlot(3)));
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).isEqualTo(
        "meeting 1 (participants 1 and 2) is fixed in slot 3, outside its morning session (slots 1-2)");
    assertThat(r.seconds()).isLessThan(1.0);
  }

  @Test
  void forbiddenSlotIsAvoided() {
    Problem p = TinyProblem.of(2, 3, 1).meeting(1, 2).forbid(1, 1, 2).build();
    assertThat(slotOf(solve(p), 1)).isEqualTo(3);
  }

  @Test
  void forbiddenSlotsLeavingTooFewSlotsAreExplained() {
    Problem p = TinyProblem.of(3, 3, 2).meeting(1, 2).meeting(1, 3).forbid(1, 1, 3).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("participant 1 has 2 meetings [1, 2] but only 1 allowed slots [2]");
  }

  @Test
  void fixedMeetingTakesItsSlot() {
    Problem p = TinyProblem.of(2, 5, 1).fixed(1, 2, 4).build();
    assertThat(slotOf(solve(p), 1)).isEqualTo(4);
  }

  @Test
  void fixedMeetingsClashingForOneParticipantAreExplained() {
    Problem p = TinyProblem.of(3, 5, 2).fixed(1, 2, 4).fixed(1, 3, 4).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("meetings 1 and 2 of participant 1 are both fixed in slot 4");
  }

  @Test
  void precedenceOrdersMeetings() {
    // without the precedence, meeting 2 could take slot 1 (slot order is otherwise free)
    Problem p = TinyProblem.of(4, 3, 1).meeting(3, 4).meeting(1, 2).precedence(2, 1).build();
    ScheduleResult r = solve(p);
    assertThat(slotOf(r, 2)).isLessThan(slotOf(r, 1));
  }

  @Test
  void precedenceCycleIsExplained() {
    Problem p = TinyProblem.of(4, 3, 2).meeting(1, 2).meeting(3, 4).precedence(1, 2).precedence(2, 1).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("precedences form a cycle");
  }

  @Test
  void breaksAreMinimised() {
    // participant 1 meets 2, 3, 4; with 4 slots the three meetings must be consecutive for 0 breaks
    Problem p = TinyProblem.of(4, 4, 1).meeting(1, 2).meeting(1, 3).meeting(1, 4).forbid(2, 2).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.breaks()).isZero();
    assertThat(r.lowerBound()).isZero();
  }

  @Test
  void unavoidableBreakIsCountedAndProven() {
    // participant 1 can only meet in slots 1 and 3
    Problem p = TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(1, 3).forbid(1, 2).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.breaks()).isEqualTo(1);
    assertThat(r.lowerBound()).isEqualTo(1);
  }

  @Test
  void fairnessBoundIsEnforced() {
    // participant 1 must have a break (slots 1 and 3 only) while participant 4 has one meeting: d = 0 fails
    Problem p = TinyProblem.of(5, 3, 2).meeting(1, 2).meeting(1, 3).meeting(4, 5).forbid(1, 2).build();
    assertThat(solve(p, Solve.options(1)).status()).isEqualTo(Status.OPTIMAL);
    ScheduleResult r = solve(p, Solve.options(0));
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("fairness d = 0");
  }

  @Test
  void optionalMeetingsAreScheduledByPriorityWhenCapacityIsShort() {
    // one slot, one table: only one of the optional meetings fits
    Problem p = TinyProblem.of(4, 1, 1).optional(1, 2, 1).optional(3, 4, 5).build();
    ScheduleResult r = solve(p);
    assertThat(r.hasSchedule()).isTrue();
    assertThat(slotOf(r, 2)).isEqualTo(1);
    assertThat(r.unscheduled()).containsExactly(1);
  }

  @Test
  void participantKeepingATableMeetsAtOneTableOnly() {
    Problem p = TinyProblem.of(4, 3, 2).meeting(1, 2).meeting(1, 3).meeting(1, 4).meeting(2, 3).keepsTable(1)
        .build();
    ScheduleResult r = solve(p);
    assertThat(tableOf(r, 1)).isEqualTo(tableOf(r, 2)).isEqualTo(tableOf(r, 3));
    assertThat(tableOf(r, 4)).isNotEqualTo(tableOf(r, 1));
  }

  @Test
  void twoTableKeepersCannotMeet() {
    Problem p = TinyProblem.of(2, 3, 2).meeting(1, 2).keepsTable(1).keepsTable(2).build();
    ScheduleResult r = solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("both keep their own table");
  }
}
