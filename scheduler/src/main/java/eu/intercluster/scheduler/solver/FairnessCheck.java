package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Problem;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proves before any search that the fairness bound d cannot hold: one participant with meetings can
 * have at most u breaks in every schedule (one meeting, or all its meetings fixed back to back), and
 * another needs at least l > u + d breaks because of its fixed meetings, sessions and the slots it
 * and its partners may use ({@link ParticipantBreakBounds}, {@link BreakFreeWindows}). Both bounds
 * hold in every schedule, so the argument is sound.
 */
final class FairnessCheck {

  private final Candidates c;
  private final Problem problem;
  private final int fairness;

  FairnessCheck(Candidates c, int fairness) {
    this.c = c;
    this.problem = c.problem;
    this.fairness = fairness;
  }

  Optional<String> check() {
    if (fairness < 0) {
      return Optional.empty();
    }
    ParticipantBreakBounds bounds = c.bounds();
    int least = -1;
    int leastUpper = Integer.MAX_VALUE;
    int most = -1;
    int mostLower = -1;
    for (int p = 1; p <= problem.participants().size(); p++) {
      if (c.mandatoryCount(p) == 0) {
        continue;
      }
      int u = bounds.upper(p);
      if (u < leastUpper) {
        least = p;
        leastUpper = u;
      }
      int l = c.breakLowerBound(p);
      if (l > mostLower) {
        most = p;
        mostLower = l;
      }
    }
    if (least < 0 || mostLower - leastUpper <= fairness) {
      return Optional.empty();
    }
    return Optional.of("fairness d = " + fairness + " cannot be met: participant " + least + " has at most "
        + leastUpper + " break" + (leastUpper == 1 ? "" : "s") + " in any schedule (" + whyFew(least)
        + "), but participant " + most + " needs at least " + mostLower + " (" + whyMany(most, mostLower)
        + "): d must be at least " + (mostLower - leastUpper) + "; raise d, or free fixed or forbidden slots of"
        + " participant " + most);
  }

  private String whyFew(int p) {
    ParticipantBreakBounds.Shape sh = c.bounds().shape(p);
    if (sh.all() == 1) {
      return "its only meeting is " + c.meetingsOf.get(p - 1).get(0);
    }
    if (sh.fixedMeetingOfSlot().size() == sh.all()) {
      return "its meetings are all fixed: " + fixedText(sh.fixedMeetingOfSlot());
    }
    return "its " + sh.all() + " meetings can only take slots " + ParticipantBreakBounds.ranges(sh.usable(),
        problem.slotCount());
  }

  /** Plain words for the lower bound: fixed meetings, usable slots, sessions, forbidden slots. */
  String whyMany(int p, int lower) {
    ParticipantBreakBounds.Shape sh = c.bounds().shape(p);
    StringBuilder sb = new StringBuilder("its ").append(sh.mandatory()).append(" meetings can only take slots ")
        .append(ParticipantBreakBounds.ranges(sh.usable(), problem.slotCount()));
    if (!problem.participant(p).forbiddenSlots().isEmpty()) {
      boolean[] forbidden = new boolean[problem.slotCount() + 2];
      problem.participant(p).forbiddenSlots().forEach(s -> forbidden[s] = true);
      sb.append(" (it may not meet in slots ").append(ParticipantBreakBounds.ranges(forbidden, problem.slotCount()))
          .append(")");
    }
    if (!sh.fixedMeetingOfSlot().isEmpty()) {
      sb.append("; ").append(fixedText(sh.fixedMeetingOfSlot()));
    }
    if (sh.morningOnly() > 0) {
      sb.append("; ").append(sh.morningOnly()).append(" must be in the morning (slots 1-")
          .append(problem.morningSlots()).append(")");
    }
    if (sh.afternoonOnly() > 0) {
      sb.append("; ").append(sh.afternoonOnly()).append(" must be in the afternoon (slots ")
          .append(problem.morningSlots() + 1).append("-").append(problem.slotCount()).append(")");
    }
    if (c.bounds().lower(sh) < lower) {
      sb.append("; no ").append(sh.mandatory()).append(" consecutive slots can hold all of them");
    } else {
      sb.append(", so they form at least ").append(lower + 1).append(" separate runs of consecutive slots");
    }
    return sb.toString();
  }

  private static String fixedText(Map<Integer, Integer> meetingOfSlot) {
    return meetingOfSlot.entrySet().stream()
        .map(e -> "meeting " + e.getValue() + " fixed in slot " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
