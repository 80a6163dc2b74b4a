package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fast construction heuristic: places the most constrained meetings first, each in the slot that
 * adds the fewest breaks to its two participants, relocating one blocking meeting when stuck, then
 * moves single meetings while that lowers the breaks. Ignores fairness.
 */
final class GreedyScheduler {

  private final Problem problem;
  private final Candidates c;
  private final SlotGrid grid;
  private final List<List<Integer>> predecessors = new ArrayList<>();
  private final List<List<Integer>> successors = new ArrayList<>();

  GreedyScheduler(Candidates candidates, int fairness) {
    this.c = candidates;
    this.problem = candidates.problem;
    boolean someoneBreakFree = false;
    for (int p = 1; p <= problem.participants().size(); p++) {
      someoneBreakFree |= candidates.mandatoryCount(p) == 1;
    }
    this.grid = new SlotGrid(candidates, fairness >= 0 && someoneBreakFree ? fairness : -1);
    for (int i = 0; i <= problem.meetings().size(); i++) {
      predecessors.add(new ArrayList<>());
      successors.add(new ArrayList<>());
    }
    for (Precedence p : problem.precedences()) {
      predecessors.get(p.after()).add(p.before());
      successors.get(p.before()).add(p.after());
    }
  }

  /** Slot per meeting (index id-1), 0 where a meeting could not be placed. */
  int[] solve(long deadlineNanos) {
    return solve(deadlineNanos, new int[problem.meetings().size()]);
  }

  /** As {@link #solve(long)}, first keeping each meeting in its preset slot (0 = none) when it fits. */
  int[] solve(long deadlineNanos, int[] preset) {
    for (Meeting m : problem.meetings()) {
      int s = preset[m.id() - 1];
      if (s > 0 && CpSatModel.indexOf(c.slotsOf(m.id()), s) >= 0 && grid.fits(m, s)
          && respectsPrecedences(m.id(), s)) {
        grid.place(m, s);
      }
    }
    List<Meeting> order = new ArrayList<>(problem.meetings());
    order.removeIf(m -> grid.slots[m.id() - 1] != 0);
    order.sort(Comparator.comparing((Meeting m) -> !m.isFixed())
        .thenComparing(m -> m.optional())
        .thenComparing(m -> -m.priority())
        .thenComparingInt(m -> c.slotsOf(m.id()).length)
        .thenComparingInt(m -> -(c.meetingsOf.get(m.first() - 1).size() + c.meetingsOf.get(m.second() - 1).size())));
    for (Meeting m : order) {
      if (System.nanoTime() > deadlineNanos) {
        break;
      }
      int s = bestSlot(m, 0);
      if (s == 0) {
        s = relocateAndPlace(m);
      }
      if (s > 0) {
        grid.place(m, s);
      }
    }
    boolean pinned = java.util.Arrays.stream(preset).anyMatch(x -> x > 0);
    if (!pinned) {
      improve(deadlineNanos);
      new SwapRepair(c, grid).run(deadlineNanos);
      improve(deadlineNanos);
    } else if (grid.capOrMinusOne() >= 0) {
      new SwapRepair(c, grid).run(deadlineNanos, true);
    }
    return grid.slots.clone();
  }

  private int bestSlot(Meeting m, int excluded) {
    int best = 0;
    long bestScore = Long.MAX_VALUE;
    for (int s : c.slotsOf(m.id())) {
      if (s == excluded || !grid.fits(m, s) || !respectsPrecedences(m.id(), s)) {
        continue;
      }
      long score = grid.placementCost(m.first(), s) + grid.placementCost(m.second(), s)
          - 10L * (grid.neighbours(m.first(), s) + grid.neighbours(m.second(), s)) + s % 7;
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  private boolean respectsPrecedences(int meeting, int s) {
    for (int before : predecessors.get(meeting)) {
      int bs = grid.slots[before - 1];
      if (bs > 0 && bs >= s) {
        return false;
      }
    }
    for (int after : successors.get(meeting)) {
      int as = grid.slots[after - 1];
      if (as > 0 && as <= s) {
        return false;
      }
    }
    return true;
  }

  /** Frees one candidate slot of m by moving the meetings blocking it elsewhere. */
  private int relocateAndPlace(Meeting m) {
    for (int s : c.slotsOf(m.id())) {
      if (!respectsPrecedences(m.id(), s)) {
        continue;
      }
      List<Integer> blockers = grid.blockers(m, s);
      if (blockers == null) {
        continue;
      }
      List<int[]> moved = new ArrayList<>();
      boolean ok = true;
      for (int b : blockers) {
        Meeting bm = problem.meeting(b);
        if (bm.isFixed()) {
          ok = false;
          break;
        }
        grid.remove(bm);
        int target = bestSlot(bm, s);
        if (target == 0) {
          grid.place(bm, s);
          ok = false;
          break;
        }
        grid.place(bm, target);
        moved.add(new int[] {b, s, target});
      }
      if (ok && grid.fits(m, s)) {
        return s;
      }
      for (int i = moved.size() - 1; i >= 0; i--) {
        Meeting bm = problem.meeting(moved.get(i)[0]);
        grid.remove(bm);
        grid.place(bm, moved.get(i)[1]);
      }
    }
    return 0;
  }

  private void improve(long deadlineNanos) {
    boolean changed = true;
    for (int round = 0; changed && round < 200; round++) {
      changed = false;
      for (Meeting m : problem.meetings()) {
        if (System.nanoTime() > deadlineNanos) {
          return;
        }
        int from = grid.slots[m.id() - 1];
        if (from == 0 || m.isFixed()) {
          continue;
        }
        grid.remove(m);
        long before = grid.placementCost(m.first(), from) + grid.placementCost(m.second(), from);
        int to = bestSlot(m, 0);
        long after = to == 0 ? Long.MAX_VALUE
            : grid.placementCost(m.first(), to) + grid.placementCost(m.second(), to);
        if (to != 0 && after < before) {
          grid.place(m, to);
          changed = true;
        } else {
          grid.place(m, from);
        }
      }
    }
  }
}
