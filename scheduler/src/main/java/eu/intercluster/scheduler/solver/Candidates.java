package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Slots each meeting may take (session, forbidden slots, fixed slot) and meetings per participant. */
final class Candidates {

  final Problem problem;
  final int[][] slots;
  final List<List<Integer>> meetingsOf;
  final int keepers;

  Candidates(Problem problem) {
    this.problem = problem;
    int n = problem.meetings().size();
    slots = new int[n][];
    for (Meeting m : problem.meetings()) {
      slots[m.id() - 1] = slotsFor(m);
    }
    meetingsOf = new ArrayList<>();
    for (int p = 0; p < problem.participants().size(); p++) {
      meetingsOf.add(new ArrayList<>());
    }
    for (Meeting m : problem.meetings()) {
      meetingsOf.get(m.first() - 1).add(m.id());
      meetingsOf.get(m.second() - 1).add(m.id());
    }
    keepers = (int) problem.participants().stream().filter(p -> p.keepsTable()).count();
  }

  private int[] slotsFor(Meeting m) {
    List<Integer> out = new ArrayList<>();
    for (int s = 1; s <= problem.slotCount(); s++) {
      if (problem.inSession(m, s)
          && problem.participant(m.first()).canMeetIn(s)
          && problem.participant(m.second()).canMeetIn(s)
          && (!m.isFixed() || m.fixedSlot() == s)) {
        out.add(s);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private BreakFreeWindows[] windows;
  private boolean[] windowsDone;

  /** Break-free windows of a participant (null: optional meetings or fewer than two meetings). */
  BreakFreeWindows windows(int participant) {
    if (windows == null) {
      windows = new BreakFreeWindows[problem.participants().size()];
      windowsDone = new boolean[windows.length];
    }
    if (!windowsDone[participant - 1]) {
      windows[participant - 1] = BreakFreeWindows.of(this, participant);
      windowsDone[participant - 1] = true;
    }
    return windows[participant - 1];
  }

  int[] slotsOf(int meetingId) {
    return slots[meetingId - 1];
  }

  boolean usesSharedTable(Meeting m) {
    return !problem.participant(m.first()).keepsTable() && !problem.participant(m.second()).keepsTable();
  }

  int sharedTables() {
    return problem.tableCount() - keepers;
  }

  int mandatoryCount(int participant) {
    int c = 0;
    for (int m : meetingsOf.get(participant - 1)) {
      if (!problem.meeting(m).optional()) {
        c++;
      }
    }
    return c;
  }

  private ParticipantBreakBounds bounds;

  /** Break bounds per participant from its own meetings ({@link ParticipantBreakBounds}). */
  ParticipantBreakBounds bounds() {
    if (bounds == null) {
      bounds = new ParticipantBreakBounds(this);
    }
    return bounds;
  }

  /**
   * A lower bound on a participant's breaks on its own: the fewest runs its meetings' slots can form
   * ({@link ParticipantBreakBounds}), and 1 when no break-free window exists ({@link BreakFreeWindows}).
   */
  int breakLowerBound(int participant) {
    int lb = bounds().lower(participant);
    if (lb == 0 && !new GreedyWindowProbe(this).finds(participant)) {
      BreakFreeWindows w = windows(participant);
      if (w != null && !w.any) {
        lb = 1;
      }
    }
    return lb;
  }

  /** Sum of the per-participant lower bounds. */
  int participantLowerBoundSum() {
    int lb = 0;
    for (int p = 1; p <= problem.participants().size(); p++) {
      lb += breakLowerBound(p);
    }
    return lb;
  }

  private int totalLowerBound = -1;

  /**
   * A lower bound on the total breaks: the sum of the per-participant bounds, or the table-limit
   * argument of {@link TableCapacityBreakBound} when that is larger.
   */
  int totalLowerBound() {
    if (totalLowerBound < 0) {
      totalLowerBound = Math.max(participantLowerBoundSum(), new TableCapacityBreakBound(this).lower());
    }
    return totalLowerBound;
  }
}
