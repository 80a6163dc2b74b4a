package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpSolverStatus;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point: schedules the meetings of a problem. Fast infeasibility checks first, then a greedy
 * construction (the fallback and the CP-SAT hint), then CP-SAT proves optimality when it can.
 */
public final class MeetingScheduler {

  /** Above this many meetings the construction heuristic alone is used when it finds a schedule. */
  static final int EXACT_SEARCH_MAX_MEETINGS = 2000;

  /** At most a second; INTERCLUSTER_GREEDY_SECONDS is a measuring aid for loaded machines (session 20). */
  private static final long GREEDY_MAX_NANOS = System.getenv("INTERCLUSTER_GREEDY_SECONDS") == null ? 1_000_000_000L
      : (long) (Double.parseDouble(System.getenv("INTERCLUSTER_GREEDY_SECONDS")) * 1e9);

  public ScheduleResult solve(Problem problem, SchedulerOptions options) {
    long start = System.nanoTime();
    Candidates c = new Candidates(problem);
    List<String> reasons = new InfeasibilityExplainer(c, options.fairness()).explain();
    if (!reasons.isEmpty()) {
      return ScheduleResult.infeasible(String.join("\n", reasons), seconds(start));
    }
    long limit = options.timeLimit().toNanos();
    boolean large = problem.meetings().size() > EXACT_SEARCH_MAX_MEETINGS;
    int[] preset = new int[problem.meetings().size()];
    for (Assignment a : options.published()) {
      if (a.meeting() >= 1 && a.meeting() <= preset.length) {
        preset[a.meeting() - 1] = a.slot();
      }
    }
    // The construction is the fallback of large events; for exact-sized ones it is only the hint
    // (and a safety net), so it gets at most a second.
    long greedyBudget = large ? limit / 4 : Math.min(limit / 5, GREEDY_MAX_NANOS);
    int[] greedy = new GreedyScheduler(c, options.fairness()).solve(start + greedyBudget, preset);
    int[] greedyBreaks = Breaks.perParticipant(problem, greedy);
    boolean greedyUsable = Breaks.complete(problem, greedy) && Breaks.fair(greedyBreaks, options.fairness());
    int combinatorialBound = c.totalLowerBound();
    if (System.getenv("INTERCLUSTER_DEBUG") != null) {
      System.err.printf("greedy: complete=%s fair=%s breaks=%d max=%d lb=%d t=%.2f%n", Breaks.complete(problem, greedy),
          Breaks.fair(greedyBreaks, options.fairness()), Breaks.total(greedyBreaks),
          java.util.Arrays.stream(greedyBreaks).max().orElse(0), combinatorialBound, seconds(start));
    }
    if (greedyUsable) {
      options.progress().onProgress(seconds(start), Breaks.total(greedyBreaks), combinatorialBound);
    }
    if (large && greedyUsable) {
      return result(problem, options, Status.FEASIBLE, greedy, combinatorialBound, start);
    }
    if (large && Breaks.complete(problem, greedy) && options.published().isEmpty()) {
      SchedulerOptions repairOptions = options.withProgress(
          (sec, breaks, ignoredNeighbourhoodBound) -> options.progress().onProgress(sec, breaks, combinatorialBound));
      int[] fair = new FairnessRepair(problem, repairOptions).repair(greedy, start, start + limit * 9 / 10);
      if (fair != null) {
        return result(problem, options, Status.FEASIBLE, fair, combinatorialBound, start);
      }
    }
    CpSatModel model = new CpSatModel(c, options.fairness());
    CpSatSearch search = new CpSatSearch(model, options, start);
    CpSatSearch.Outcome o = new LexicographicStages(search, model, options, start).run(hint(problem, greedy, options));
    if (o.slots() != null) {
      boolean optimal = o.status() == CpSolverStatus.OPTIMAL && o.earlierStagesOptimal();
      int bound = (int) Math.max(combinatorialBound, o.bound());
      int[] slots = o.slots();
      boolean noStages = options.published().isEmpty() && problem.meetings().stream().noneMatch(Meeting::optional);
      if (greedyUsable && noStages && !optimal && Breaks.total(greedyBreaks) < o.objective()) {
        slots = greedy;
      }
      return result(problem, options, optimal ? Status.OPTIMAL : Status.FEASIBLE, slots, optimal ? (int) o.objective() : bound, start);
    }
    if (o.status() == CpSolverStatus.INFEASIBLE) {
      return ScheduleResult.infeasible(new FairnessExplainer(c, options).explain(), seconds(start));
    }
    // Without stages the search's objective is the breaks, so the bound it proved holds even
    // when it found no schedule of its own.
    boolean breaksOnly = options.published().isEmpty() && problem.meetings().stream().noneMatch(Meeting::optional);
    int provenBound = breaksOnly ? (int) Math.max(combinatorialBound, o.bound()) : combinatorialBound;
    if (greedyUsable) {
      return result(problem, options, Status.FEASIBLE, greedy, provenBound, start);
    }
    return new ScheduleResult(Status.UNKNOWN, -1, provenBound, List.of(),
        "no schedule found within the time limit", seconds(start), 0, List.of());
  }

  private static int[] hint(Problem problem, int[] greedy, SchedulerOptions options) {
    return greedy.clone();
  }

  private static ScheduleResult result(
      Problem problem, SchedulerOptions options, Status status, int[] slots, int bound, long start) {
    List<Assignment> assignments = new TableAssigner(problem).assign(slots, options.published());
    int breaks = Breaks.total(Breaks.perParticipant(problem, slots));
    int moved = 0;
    for (Assignment a : options.published()) {
      if (a.meeting() >= 1 && a.meeting() <= slots.length && slots[a.meeting() - 1] != a.slot()) {
        moved++;
      }
    }
    List<Integer> unscheduled = new ArrayList<>();
    for (Meeting m : problem.meetings()) {
      if (slots[m.id() - 1] == 0) {
        unscheduled.add(m.id());
      }
    }
    return new ScheduleResult(status, breaks, Math.min(bound, breaks), assignments, "", seconds(start), moved, unscheduled);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
