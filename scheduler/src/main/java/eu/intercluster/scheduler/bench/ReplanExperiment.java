package eu.intercluster.scheduler.bench;

import eu.intercluster.scheduler.generate.EventGenerator;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import eu.intercluster.scheduler.solver.MeetingScheduler;
import eu.intercluster.scheduler.solver.ScheduleResult;
import eu.intercluster.scheduler.solver.SchedulerOptions;
import eu.intercluster.scheduler.validate.ScheduleValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Publishes the schedule of a 1,000-meeting event, cancels 5 % of the meetings, adds 5 % new ones
 * and re-plans with the published schedule pinned: counts the meetings moved, compared with a
 * re-plan from scratch.
 */
final class ReplanExperiment {

  private final IntFunction<SchedulerOptions> options;

  ReplanExperiment(IntFunction<SchedulerOptions> options) {
    this.options = options;
  }

  List<String> run() {
    Problem original = new EventGenerator().generate(EventGenerator.Spec.of(250, 1000, 16, 80, 7));
    ScheduleResult published = new MeetingScheduler().solve(original, options.apply(2));
    Random random = new Random(11);
    Set<Integer> cancelled = new HashSet<>();
    while (cancelled.size() < 50) {
      cancelled.add(1 + random.nextInt(original.meetings().size()));
    }
    List<Meeting> meetings = new ArrayList<>();
    List<Assignment> pinned = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    for (Assignment a : published.assignments()) {
      Meeting m = original.meeting(a.meeting());
      pairs.add(key(m.first(), m.second()));
      if (!cancelled.contains(m.id())) {
        int id = meetings.size() + 1;
        meetings.add(new Meeting(id, m.first(), m.second(), m.session(), 0, false, 1));
        pinned.add(new Assignment(id, a.slot(), a.table()));
      }
    }
    int n = original.participants().size();
    while (meetings.size() < 1000) {
      int a = 1 + random.nextInt(n);
      int b = 1 + random.nextInt(n);
      if (a != b && pairs.add(key(a, b))) {
        meetings.add(new Meeting(meetings.size() + 1, a, b, Session.ANY, 0, false, 1));
      }
    }
    Problem changed = original.withMeetings(meetings).withName(original.name() + "-replan");
    ScheduleResult replan = new MeetingScheduler().solve(changed, options.apply(2).withPublished(pinned));
    ScheduleResult scratch = new MeetingScheduler().solve(changed, options.apply(2));
    int scratchMoved = 0;
    for (Assignment a : pinned) {
      boolean same = scratch.assignments().stream().anyMatch(s -> s.meeting() == a.meeting() && s.slot() == a.slot());
      scratchMoved += same ? 0 : 1;
    }
    boolean valid = new ScheduleValidator().validate(changed, replan.assignments(), 2).isValid();
    List<String> lines = new ArrayList<>();
    lines.add("Re-planning (`" + original.name() + "`, 1,000 meetings, 16 slots, 80 tables): published schedule "
        + published.status() + " with " + published.breaks() + " breaks; then 50 meetings cancelled and 50 new"
        + " meetings added.");
    lines.add("");
    lines.add("| re-plan | status | meetings moved (of " + pinned.size() + " kept) | breaks | lower bound | seconds | valid |");
    lines.add("|---|---|---:|---:|---:|---:|---|");
    lines.add(String.format(Locale.ROOT, "| pinned to the published schedule | %s | %d | %d | %d | %.1f | %s |",
        replan.status(), replan.moved(), replan.breaks(), replan.lowerBound(), replan.seconds(), valid ? "yes" : "NO"));
    lines.add(String.format(Locale.ROOT, "| from scratch (for comparison) | %s | %d | %d | %d | %.1f | - |",
        scratch.status(), scratchMoved, scratch.breaks(), scratch.lowerBound(), scratch.seconds()));
    System.err.println("replan: moved " + replan.moved() + " (scratch would move " + scratchMoved + ")");
    return lines;
  }

  private static long key(int a, int b) {
    return (long) Math.min(a, b) * 1_000_000L + Math.max(a, b);
  }
}
