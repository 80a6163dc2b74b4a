package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.CpSolverStatus;
import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Precedence;
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

/** Smallest conflicting constraint sets: one test per kind of conflict, and soundness on random problems. */
class ConflictCoreTest {

  private static List<String> core(Problem p) {
    ConflictCore.Result r = new ConflictCore(new ConflictModel(new Candidates(p)), 1).find(5);
    assertThat(r.status()).isEqualTo(CpSolverStatus.INFEASIBLE);
    assertThat(r.minimal()).isTrue();
    return r.groups().stream().map(ConflictModel.Group::text).toList();
  }

  @Test
  void partnersFixedMeetingsLeaveAMeetingNoSlot() {
    // meeting 4 (1 and 2): participant 1 is fixed in slots 1 and 3, participant 2 in slot 2
    Problem p = TinyProblem.of(5, 3, 3).fixed(1, 3, 1).fixed(2, 4, 2).fixed(1, 5, 3).meeting(1, 2)
        .meeting(3, 4).build();
    assertThat(core(p)).containsExactlyInAnyOrder("meeting 4 (participants 1 and 2) takes place",
        "meeting 1 (participants 1 and 3) is fixed in slot 1", "meeting 2 (participants 2 and 4) is fixed in slot 2",
        "meeting 3 (participants 1 and 5) is fixed in slot 3");
  }

  @Test
  void sessionAndFixedMeetingsConflict() {
    Problem p = TinyProblem.of(4, 4, 3).morningSlots(2).fixed(1, 3, 1).fixed(1, 4, 2)
        .meeting(1, 2, Session.MORNING).build();
    assertThat(core(p)).containsExactlyInAnyOrder("meeting 3 (participants 1 and 2) takes place",
        "meeting 3 (participants 1 and 2) must be in the morning session (slots 1-2)",
        "meeting 1 (participants 1 and 3) is fixed in slot 1", "meeting 2 (participants 1 and 4) is fixed in slot 2");
  }

  @Test
  void forbiddenSlotsAndAFixedMeetingConflict() {
    Problem p = TinyProblem.of(3, 3, 3).fixed(1, 3, 3).meeting(1, 2).forbid(2, 1, 2).forbid(3, 1).build();
    assertThat(core(p)).containsExactlyInAnyOrder("meeting 2 (participants 1 and 2) takes place",
        "participant 2 may not meet in slots 1-2", "meeting 1 (participants 1 and 3) is fixed in slot 3");
  }

  @Test
  void precedenceAgainstFixedSlotsConflicts() {
    Problem p = TinyProblem.of(4, 3, 3).fixed(1, 2, 2).fixed(3, 4, 1).precedence(1, 2).build();
    assertThat(core(p)).containsExactlyInAnyOrder("meeting 1 must come before meeting 2",
        "meeting 1 (participants 1 and 2) is fixed in slot 2", "meeting 2 (participants 3 and 4) is fixed in slot 1");
  }

  @Test
  void tableLimitAndFixedMeetingsConflict() {
    // one table: slot 1 and slot 2 are taken by fixed meetings, meeting 3 has nowhere to go
    Problem p = TinyProblem.of(6, 2, 1).fixed(1, 2, 1).fixed(3, 4, 2).meeting(5, 6).build();
    assertThat(core(p)).containsExactlyInAnyOrder("meeting 3 (participants 5 and 6) takes place",
        "meeting 1 (participants 1 and 2) is fixed in slot 1", "meeting 2 (participants 3 and 4) is fixed in slot 2",
        "slot 1 has only 1 table", "slot 2 has only 1 table");
  }

  @Test
  void precedenceChainLongerThanTheDayConflicts() {
    Problem p = TinyProblem.of(6, 2, 3).meeting(1, 2).meeting(3, 4).meeting(5, 6).precedence(1, 2).precedence(2, 3)
        .build();
    assertThat(core(p)).containsExactlyInAnyOrder("meeting 1 (participants 1 and 2) takes place",
        "meeting 2 (participants 3 and 4) takes place", "meeting 3 (participants 5 and 6) takes place",
        "meeting 1 must come before meeting 2", "meeting 2 must come before meeting 3");
  }

  @Test
  void schedulerExplainsWhatTheFastChecksMissWithTheConflictingSet() {
    // every pair of the chain fits in two slots, the chain of three does not
    Problem p = TinyProblem.of(6, 2, 3).meeting(1, 2).meeting(3, 4).meeting(5, 6).precedence(1, 2).precedence(2, 3)
        .build();
    assertThat(new InfeasibilityExplainer(new Candidates(p), 2).explain()).isEmpty();
    ScheduleResult r = Solve.solve(p);
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).contains("none of them can be dropped")
        .contains("meeting 1 must come before meeting 2; meeting 2 must come before meeting 3");
  }

  @Test
  void fairnessIsNamedWhenTheOtherConstraintsCanAllHold() {
    // one table, taken in slot 2 by the fixed meeting 3: participant 1 meets in slots 1 and 3 (one
    // break) while participant 4 has one meeting; only the table limit links them, so no
    // per-participant argument sees it
    Problem p = TinyProblem.of(5, 3, 1).meeting(1, 2).meeting(1, 3).fixed(4, 5, 2).build();
    assertThat(new InfeasibilityExplainer(new Candidates(p), 0).explain()).isEmpty();
    ScheduleResult r = Solve.solve(p, Solve.options(0));
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.explanation()).startsWith("fairness d = 0 cannot be met").contains("all other constraints can hold");
    assertThat(Solve.solve(p, Solve.options(1)).breaks()).isEqualTo(1);
  }

  @Property(tries = 200, seed = "5")
  void coreIsInfeasibleExactlyWhenNoScheduleExistsAndItsSetConflicts(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    Problem p = withPrecedences(ParticipantBreakBoundsTest.randomProblem(new Random(seed), false), new Random(seed));
    Candidates c = new Candidates(p);
    boolean feasible = !new ScheduleEnumerator(c).all().isEmpty();
    ConflictCore.Result r = new ConflictCore(new ConflictModel(c), 1).find(5);
    Statistics.collect(feasible ? "feasible" : r.minimal() ? "infeasible, minimal" : "infeasible");
    assertThat(r.status() == CpSolverStatus.INFEASIBLE).isEqualTo(!feasible);
    if (feasible) {
      return;
    }
    assertThat(schedules(p, r.groups())).as("the conflicting set alone").isZero();
    boolean tables = r.groups().stream().anyMatch(g -> g.kind() == ConflictModel.Kind.TABLES);
    if (r.minimal() && !tables) {
      for (ConflictModel.Group g : r.groups()) {
        List<ConflictModel.Group> rest = new ArrayList<>(r.groups());
        rest.remove(g);
        assertThat(schedules(p, rest)).as("without " + g.text()).isPositive();
      }
    }
  }

  /** Schedules of the problem reduced to the given groups (tables unlimited unless a table group is in). */
  private static int schedules(Problem p, List<ConflictModel.Group> groups) {
    Set<Integer> held = new HashSet<>();
    Set<Integer> fixed = new HashSet<>();
    Set<Integer> session = new HashSet<>();
    List<Set<Integer>> forbidden = new ArrayList<>();
    p.participants().forEach(q -> forbidden.add(new HashSet<>()));
    List<Precedence> precedences = new ArrayList<>();
    boolean tables = false;
    for (ConflictModel.Group g : groups) {
      switch (g.kind()) {
        case HELD -> held.add(g.a());
        case FIXED -> fixed.add(g.a());
        case SESSION -> session.add(g.a());
        case FORBIDDEN -> {
          for (int s = g.a(); s <= g.b(); s++) {
            forbidden.get(g.owner() - 1).add(s);
          }
        }
        case PRECEDENCE -> precedences.add(new Precedence(g.a(), g.b()));
        case TABLES -> tables = true;
      }
    }
    List<Meeting> ms = new ArrayList<>();
    for (Meeting m : p.meetings()) {
      ms.add(new Meeting(m.id(), m.first(), m.second(), session.contains(m.id()) ? m.session() : Session.ANY,
          fixed.contains(m.id()) ? m.fixedSlot() : 0, !held.contains(m.id()) && !fixed.contains(m.id()), 1));
    }
    List<Participant> ps = new ArrayList<>();
    for (Participant q : p.participants()) {
      ps.add(new Participant(q.id(), "", forbidden.get(q.id() - 1), false));
    }
    Problem reduced = new Problem("reduced", p.slotCount(), p.morningSlots(), tables ? p.tableCount() : ms.size() + 1,
        ps, ms, precedences);
    return new ScheduleEnumerator(new Candidates(reduced)).all().size();
  }

  private static Problem withPrecedences(Problem p, Random random) {
    List<Precedence> precedences = new ArrayList<>();
    int n = p.meetings().size();
    for (int i = 0; i < n && n >= 2; i++) {
      if (random.nextInt(4) == 0) {
        int a = 1 + random.nextInt(n);
        int b = 1 + random.nextInt(n);
        if (a != b) {
          precedences.add(new Precedence(a, b));
        }
      }
    }
    return new Problem(p.name(), p.slotCount(), p.morningSlots(), p.tableCount(), p.participants(), p.meetings(),
        precedences);
  }
}
