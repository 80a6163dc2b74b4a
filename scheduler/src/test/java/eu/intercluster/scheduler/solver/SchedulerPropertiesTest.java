package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * On small random problems: every schedule passes the independent validator (checked in {@link
 * Solve}), OPTIMAL equals exhaustive search, INFEASIBLE means exhaustive search finds nothing.
 */
class SchedulerPropertiesTest {

  @Property(tries = 60, seed = "42")
  void optimalMatchesExhaustiveSearch(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 0, max = 2) int fairness) {
    Problem p = randomProblem(new Random(seed));
    ScheduleResult r = Solve.solve(p, Solve.options(fairness));
    int exhaustive = new ExhaustiveSearch(p, fairness).minimumBreaks();
    if (exhaustive < 0) {
      assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
      assertThat(r.explanation()).isNotBlank();
    } else {
      assertThat(r.status()).isEqualTo(Status.OPTIMAL);
      assertThat(r.breaks()).isEqualTo(exhaustive);
    }
  }

  static Problem randomProblem(Random random) {
    int participants = 3 + random.nextInt(3);
    int slots = 3 + random.nextInt(2);
    int morning = 1 + random.nextInt(slots);
    int tables = 1 + random.nextInt(2);
    List<Participant> ps = new ArrayList<>();
    for (int p = 1; p <= participants; p++) {
      Set<Integer> forbidden = new HashSet<>();
      if (random.nextInt(4) == 0) {
        forbidden.add(1 + random.nextInt(slots));
      }
      ps.add(new Participant(p, "", forbidden, false));
    }
    int meetings = 2 + random.nextInt(4);
    List<Meeting> ms = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    while (ms.size() < meetings) {
      int a = 1 + random.nextInt(participants);
      int b = 1 + random.nextInt(participants);
      if (a == b || !pairs.add((long) Math.min(a, b) * 100 + Math.max(a, b))) {
        if (pairs.size() >= participants * (participants - 1) / 2) {
          break;
        }
        continue;
      }
      Session session = Session.values()[random.nextInt(3) == 0 ? random.nextInt(2) : 2];
      int fixed = random.nextInt(8) == 0 ? 1 + random.nextInt(slots) : 0;
      ms.add(new Meeting(ms.size() + 1, a, b, session, fixed, false, 1));
    }
    return new Problem("random", slots, morning, tables, ps, ms, List.of());
  }
}
