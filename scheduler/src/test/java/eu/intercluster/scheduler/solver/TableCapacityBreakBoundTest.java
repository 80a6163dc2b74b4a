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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The table-limit bound on the total breaks never exceeds the optimum of exhaustive search, and the
 * solver whose climb starts at it still reports that optimum.
 */
class TableCapacityBreakBoundTest {

  @Test
  void fullTableInEverySlotForcesABreakNoParticipantNeedsAlone() {
    // One table, three slots, three meetings among three participants: slots 1 and 3 hold two
    // meetings, four busy participant-slots, but a break-free participant with two meetings covers
    // at most one of slots 1 and 3.
    Problem p = TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(1, 3).meeting(2, 3).build();
    Candidates c = new Candidates(p);
    assertThat(c.participantLowerBoundSum()).isZero();
    assertThat(new TableCapacityBreakBound(c).lower()).isEqualTo(1);
    assertThat(c.totalLowerBound()).isEqualTo(1);
    assertThat(new ExhaustiveSearch(p, 99).minimumBreaks()).isEqualTo(1);
  }

  @Test
  void spareTablesGiveNoBound() {
    Problem p = TinyProblem.of(3, 3, 2).meeting(1, 2).meeting(1, 3).meeting(2, 3).build();
    assertThat(new TableCapacityBreakBound(new Candidates(p)).lower()).isZero();
  }

  @Test
  void optionalMeetingsSwitchTheArgumentOff() {
    Problem p = TinyProblem.of(3, 3, 1).meeting(1, 2).meeting(1, 3).optional(2, 3, 1).build();
    assertThat(new TableCapacityBreakBound(new Candidates(p)).lower()).isZero();
  }

  @Property(tries = 150, seed = "11")
  void neverExceedsTheOptimum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    Problem p = crowdedProblem(new Random(seed));
    int bound = new TableCapacityBreakBound(new Candidates(p)).lower();
    int optimum = new ExhaustiveSearch(p, 99).minimumBreaks();
    Statistics.collect(bound > 0 ? "positive bound" : "zero bound");
    if (optimum >= 0) {
      assertThat(bound).isLessThanOrEqualTo(optimum);
    }
  }

  @Property(tries = 60, seed = "12")
  void solverStartingAtTheBoundStillFindsTheOptimum(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    // Drawn until the table bound beats the per-participant bounds (the climb starts at it).
    Random random = new Random(seed);
    Problem p = crowdedProblem(random);
    for (int i = 0; i < 100 && !tableBoundAbovePerParticipantSum(p); i++) {
      p = crowdedProblem(random);
    }
    Statistics.collect(tableBoundAbovePerParticipantSum(p) ? "table bound used" : "per-participant bounds");
    ScheduleResult r = Solve.solve(p, Solve.options(fairness));
    int exhaustive = new ExhaustiveSearch(p, fairness).minimumBreaks();
    if (exhaustive < 0) {
      assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    } else {
      assertThat(r.status()).isEqualTo(Status.OPTIMAL);
      assertThat(r.breaks()).isEqualTo(exhaustive);
    }
  }

  private static boolean tableBoundAbovePerParticipantSum(Problem p) {
    Candidates c = new Candidates(p);
    return c.totalLowerBound() > c.participantLowerBoundSum();
  }

  /** Few tables for the meetings, so that the table limit matters; sessions, forbidden and fixed slots. */
  static Problem crowdedProblem(Random random) {
    int participants = 3 + random.nextInt(3);
    int slots = 3 + random.nextInt(3);
    int tables = 1 + random.nextInt(2);
    int morning = 1 + random.nextInt(slots);
    List<Participant> ps = new ArrayList<>();
    for (int p = 1; p <= participants; p++) {
      Set<Integer> forbidden = new HashSet<>();
      if (random.nextInt(5) == 0) {
        forbidden.add(1 + random.nextInt(slots));
      }
      ps.add(new Participant(p, "", forbidden, false));
    }
    int meetings = Math.min(7, tables * slots - random.nextInt(2));
    List<Meeting> ms = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    int[] count = new int[participants + 1];
    for (int attempt = 0; attempt < 200 && ms.size() < meetings; attempt++) {
      int a = 1 + random.nextInt(participants);
      int b = 1 + random.nextInt(participants);
      if (a == b || count[a] >= slots || count[b] >= slots
          || !pairs.add((long) Math.min(a, b) * 100 + Math.max(a, b))) {
        continue;
      }
      count[a]++;
      count[b]++;
      Session session = random.nextInt(4) == 0 ? Session.values()[random.nextInt(2)] : Session.ANY;
      int fixed = random.nextInt(10) == 0 ? 1 + random.nextInt(slots) : 0;
      ms.add(new Meeting(ms.size() + 1, a, b, session, fixed, false, 1));
    }
    return new Problem("crowded", slots, morning, tables, ps, ms, List.of());
  }
}
