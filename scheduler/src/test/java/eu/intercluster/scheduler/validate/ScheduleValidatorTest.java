package eu.intercluster.scheduler.validate;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each constraint violated on purpose must be reported; breaks are recounted independently. */
class ScheduleValidatorTest {

  private final ScheduleValidator validator = new ScheduleValidator();

  private static Assignment a(int meeting, int slot, int table) {
    return new Assignment(meeting, slot, table);
  }

  @Test
  void validScheduleHasNoViolations() {
    Problem p = TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(1, 3).build();
    ValidationReport r = validator.validate(p, List.of(a(1, 1, 1), a(2, 2, 1)), 2);
    assertThat(r.isValid()).isTrue();
    assertThat(r.breaks()).isZero();
  }

  @Test
  void gapOfSeveralSlotsCountsOnceAndEdgesAreFree() {
    Problem p = TinyProblem.of(4, 8, 1).meeting(1, 2).meeting(1, 3).meeting(1, 4).build();
    ValidationReport r = validator.validate(p, List.of(a(1, 2, 1), a(2, 6, 1), a(3, 7, 1)), -1);
    assertThat(r.breaks()).isEqualTo(1);
    assertThat(r.breaksPerParticipant()).containsExactly(1, 0, 0, 0);
  }

  @Test
  void missingMeetingIsReported() {
    Problem p = TinyProblem.of(2, 2, 1).meeting(1, 2).build();
    assertThat(validator.validate(p, List.of(), 2).violations()).containsExactly("meeting 1 is not scheduled");
  }

  @Test
  void doubleBookingIsReported() {
    Problem p = TinyProblem.of(3, 2, 2).meeting(1, 2).meeting(1, 3).build();
    assertThat(validator.validate(p, List.of(a(1, 1, 1), a(2, 1, 2)), 2).violations())
        .containsExactly("participant 1 has meetings 1 and 2 in slot 1");
  }

  @Test
  void sharedTableIsReported() {
    Problem p = TinyProblem.of(4, 2, 2).meeting(1, 2).meeting(3, 4).build();
    assertThat(validator.validate(p, List.of(a(1, 1, 2), a(2, 1, 2)), 2).violations())
        .containsExactly("meetings 1 and 2 share table 2 in slot 1");
  }

  @Test
  void tableOutOfRangeIsReported() {
    Problem p = TinyProblem.of(2, 2, 1).meeting(1, 2).build();
    assertThat(validator.validate(p, List.of(a(1, 1, 3)), 2).violations())
        .containsExactly("meeting 1 is at table 3 outside 1..1");
  }

  @Test
  void sessionViolationIsReported() {
    Problem p = TinyProblem.of(2, 4, 1).morningSlots(2).meeting(1, 2, Session.MORNING).build();
    assertThat(validator.validate(p, List.of(a(1, 3, 1)), 2).violations())
        .containsExactly("meeting 1 is in slot 3 outside its morning session (slots 1-2)");
  }

  @Test
  void forbiddenSlotIsReported() {
    Problem p = TinyProblem.of(2, 4, 1).meeting(1, 2).forbid(2, 4).build();
    assertThat(validator.validate(p, List.of(a(1, 4, 1)), 2).violations())
        .containsExactly("meeting 1 is in slot 4, forbidden for participant 2");
  }

  @Test
  void fixedSlotViolationIsReported() {
    Problem p = TinyProblem.of(2, 4, 1).fixed(1, 2, 2).build();
    assertThat(validator.validate(p, List.of(a(1, 3, 1)), 2).violations())
        .containsExactly("meeting 1 is fixed in slot 2 but scheduled in 3");
  }

  @Test
  void precedenceViolationIsReported() {
    Problem p = TinyProblem.of(4, 4, 2).meeting(1, 2).meeting(3, 4).precedence(1, 2).build();
    assertThat(validator.validate(p, List.of(a(1, 2, 1), a(2, 2, 2)), 2).violations())
        .containsExactly("meeting 1 (slot 2) must precede meeting 2 (slot 2)");
  }

  @Test
  void fairnessViolationIsReported() {
    Problem p = TinyProblem.of(5, 5, 2).meeting(1, 2).meeting(1, 3).meeting(4, 5).build();
    List<Assignment> s = List.of(a(1, 1, 1), a(2, 3, 1), a(3, 1, 2));
    assertThat(validator.validate(p, s, 1).isValid()).isTrue();
    assertThat(validator.validate(p, s, 0).violations())
        .containsExactly("fairness violated: breaks range from 0 to 1, more than d = 0");
  }

  @Test
  void tableKeeperMovingTablesOrLendingItIsReported() {
    Problem p = TinyProblem.of(4, 3, 2).meeting(1, 2).meeting(1, 3).meeting(2, 4).keepsTable(1).build();
    assertThat(validator.validate(p, List.of(a(1, 1, 1), a(2, 2, 1), a(3, 3, 2)), 2).isValid()).isTrue();
    assertThat(validator.validate(p, List.of(a(1, 1, 1), a(2, 2, 2), a(3, 3, 1)), 2).violations())
        .contains("participant 1 keeps one table but meets at tables 1 and 2");
  }

  @Test
  void duplicateAndUnknownMeetingsAreReported() {
    Problem p = TinyProblem.of(2, 2, 1).meeting(1, 2).build();
    assertThat(validator.validate(p, List.of(a(1, 1, 1), a(1, 2, 1), a(7, 1, 1)), 2).violations())
        .contains("meeting 1 is assigned twice", "assignment names unknown meeting 7");
  }
}
