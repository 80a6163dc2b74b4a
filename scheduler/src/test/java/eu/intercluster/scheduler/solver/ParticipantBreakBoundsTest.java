package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Per-participant break bounds hold in every schedule; the fairness argument never rejects a feasible problem. */
class ParticipantBreakBoundsTest {

  @Test
  void fixedMeetingsWithGapsForceBreaks() {
    // participant 1: meetings fixed in slots 1, 4 and 7 and one free meeting: at least 2 breaks
    Problem p = TinyProblem.of(5, 7, 3).fixed(1, 2, 1).fixed(1, 3, 4).fixed(1, 4, 7).meeting(1, 5).build();
    Candidates c = new Candidates(p);
    assertThat(c.bounds().lower(1)).isEqualTo(2);
    assertThat(c.bounds().upper(2)).isZero();
  }

  @Test
  void morningAndAfternoonOnlyMeetingsAroundAForbiddenBlockForceABreak() {
    Problem p = TinyProblem.of(3, 6, 2).morningSlots(3).forbid(1, 3, 4)
        .meeting(1, 2, Session.MORNING).meeting(1, 3, Session.AFTERNOON).build();
    assertThat(new Candidates(p).breakLowerBound(1)).isEqualTo(1);
  }

  @Test
  void optionalMeetingMayFillAGapSoItIsNoForcedBreak() {
    // participant 1: mandatory meetings fixed in slots 1 and 3, an optional one that can only be in slot 2
    Problem p = TinyProblem.of(4, 3, 2).fixed(1, 2, 1).fixed(1, 3, 3).optional(1, 4, 1).forbid(4, 1, 3).build();
    assertThat(new Candidates(p).breakLowerBound(1)).isZero();
    ScheduleResult r = Solve.solve(p);
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.unscheduled()).isEmpty();
    assertThat(r.breaks()).isZero();
  }

  @Test
  void fairnessCheckNamesBothParticipantsAndTheFixedMeetings() {
    Problem p = TinyProblem.of(6, 7, 3).fixed(1, 2, 1).fixed(1, 3, 4).fixed(1, 4, 7).meeting(5, 6).build();
    String reason = new FairnessCheck(new Candidates(p), 1).check().orElseThrow();
    assertThat(reason).contains("fairness d = 1").contains("participant 2 has at most 0 breaks in any schedule (its only meeting is 1)")
        .contains("participant 1 needs at least 2").contains("meeting 2 fixed in slot 4");
    assertThat(new FairnessCheck(new Candidates(p), 2).check()).isEmpty();
    assertThat(new InfeasibilityExplainer(new Candidates(p), 1).explain()).containsExactly(reason);
  }

  @Property(tries = 300, seed = "7")
  void boundsHoldInEverySchedule(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    Problem p = randomProblem(new Random(seed), true);
    Candidates c = new Candidates(p);
    for (int[] slots : new ScheduleEnumerator(c).all()) {
      int[] breaks = Breaks.perParticipant(p, slots);
      for (int q = 1; q <= p.participants().size(); q++) {
        int b = Math.max(0, breaks[q - 1]);
        assertThat(c.breakLowerBound(q)).as("lower bound of %d", q).isLessThanOrEqualTo(b);
        assertThat(c.bounds().upper(q)).as("upper bound of %d", q).isGreaterThanOrEqualTo(b);
      }
    }
    for (int q = 1; q <= p.participants().size(); q++) {
      BreakFreeWindows w = c.windows(q);
      if (w != null && new GreedyWindowProbe(c).finds(q)) {
        assertThat(w.any).as("the greedy's window of %d is a real one", q).isTrue();
      }
    }
  }

  @Test
  void greedyWindowIsFoundOrLeftToTheExactMatching() {
    // participant 1: meetings in slots {1, 2} and {1} fit the window 1-2 only if the second takes slot 1
    Problem p = TinyProblem.of(3, 4, 2).meeting(1, 2).meeting(1, 3).forbid(2, 3, 4).forbid(3, 2, 3, 4).build();
    assertThat(new GreedyWindowProbe(new Candidates(p)).finds(1)).isTrue();
    Problem apart = TinyProblem.of(3, 4, 2).meeting(1, 2).meeting(1, 3).forbid(2, 2, 3, 4).forbid(3, 1, 2, 3).build();
    assertThat(new GreedyWindowProbe(new Candidates(apart)).finds(1)).isFalse();
    assertThat(new Candidates(apart).breakLowerBound(1)).isEqualTo(1);
  }

  @Test
  void midDayAbsencesGiveGeneratedEventsAPositiveBound() {
    var spec = eu.intercluster.scheduler.generate.EventGenerator.Spec.of(300, 1500, 24, 90, 5);
    var generator = new eu.intercluster.scheduler.generate.EventGenerator();
    assertThat(new Candidates(generator.generate(spec)).totalLowerBound()).isZero();
    assertThat(new Candidates(generator.generate(spec.withMidDayAbsences(0.2))).totalLowerBound()).isPositive();
  }

  @Property(tries = 300, seed = "11")
  void fairnessCheckIsSound(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 1) int fairness) {
    Problem p = randomProblem(new Random(seed), false);
    boolean rejected = new FairnessCheck(new Candidates(p), fairness).check().isPresent();
    Statistics.collect(rejected ? "rejected by the fairness check" : "not rejected");
    if (rejected) {
      assertThat(new ExhaustiveSearch(p, fairness).minimumBreaks()).isEqualTo(-1);
    }
  }

  /** Small problems with many fixed meetings, sessions, forbidden slots and some optional meetings. */
  static Problem randomProblem(Random random, boolean withOptional) {
    int participants = 3 + random.nextInt(3);
    int slots = 4 + random.nextInt(3);
    int morning = 1 + random.nextInt(slots);
    List<Participant> ps = new ArrayList<>();
    for (int p = 1; p <= participants; p++) {
      Set<Integer> forbidden = new HashSet<>();
      while (random.nextInt(3) == 0) {
        forbidden.add(1 + random.nextInt(slots));
      }
      ps.add(new Participant(p, "", forbidden, false));
    }
    int meetings = 2 + random.nextInt(4);
    List<Meeting> ms = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    for (int tries = 0; ms.size() < meetings && tries < 100; tries++) {
      int a = 1 + random.nextInt(participants);
      int b = 1 + random.nextInt(participants);
      if (a == b || !pairs.add((long) Math.min(a, b) * 100 + Math.max(a, b))) {
        continue;
      }
      Session session = Session.values()[random.nextInt(3) == 0 ? random.nextInt(2) : 2];
      int fixed = random.nextInt(3) == 0 ? 1 + random.nextInt(slots) : 0;
      boolean optional = withOptional && random.nextInt(6) == 0;
      ms.add(new Meeting(ms.size() + 1, a, b, session, fixed, optional, 1));
    }
    return new Problem("random", slots, morning, 1 + random.nextInt(2), ps, ms, List.of());
  }
}
