package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Swaps the slots of two meetings of one participant when that lowers the penalised breaks of the
 * (up to four) participants involved; aimed at participants above the fairness cap.
 */
final class SwapRepair {

  private final Candidates c;
  private final Problem problem;
  private final SlotGrid grid;

  SwapRepair(Candidates c, SlotGrid grid) {
    this.c = c;
    this.problem = c.problem;
    this.grid = grid;
  }

  void run(long deadlineNanos) {
    run(deadlineNanos, false);
  }

  /** With {@code overCapOnly}, touches only participants above the fairness cap (re-planning). */
  void run(long deadlineNanos, boolean overCapOnly) {
    boolean changed = true;
    for (int round = 0; changed && round < 20; round++) {
      changed = false;
      for (int p = 1; p <= problem.participants().size(); p++) {
        if (System.nanoTime() > deadlineNanos) {
          return;
        }
        if (grid.gapsOf(p) == 0 || overCapOnly && grid.gapsOf(p) <= grid.capOrMinusOne()) {
          continue;
        }
        changed |= improveParticipant(p);
      }
    }
  }

  private boolean improveParticipant(int p) {
    List<Integer> ms = c.meetingsOf.get(p - 1);
    boolean changed = false;
    if (grid.capOrMinusOne() >= 0 && grid.gapsOf(p) > grid.capOrMinusOne()) {
      for (int id : ms) {
        changed |= kick(problem.meeting(id));
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        changed |= trySwap(problem.meeting(ms.get(i)), problem.meeting(ms.get(j)));
      }
    }
    return changed;
  }

  /** Moves m into a slot held by a blocking meeting of its partner, re-placing the blocker. */
  private boolean kick(Meeting m) {
    int from = grid.slots[m.id() - 1];
    if (from == 0 || m.isFixed() || !problem.precedences().isEmpty()) {
      return false;
    }
    for (int s : c.slotsOf(m.id())) {
      if (s == from) {
        continue;
      }
      grid.remove(m);
      List<Integer> blockers = grid.blockers(m, s);
      if (blockers == null || blockers.size() != 1 || problem.meeting(blockers.get(0)).isFixed()) {
        grid.place(m, from);
        continue;
      }
      Meeting b = problem.meeting(blockers.get(0));
      int bFrom = grid.slots[b.id() - 1];
      grid.place(m, from);
      Set<Integer> people = new LinkedHashSet<>(List.of(m.first(), m.second(), b.first(), b.second()));
      long before = 0;
      for (int q : people) {
        before += grid.score(q);
      }
      grid.remove(m);
      grid.remove(b);
      if (grid.fits(m, s)) {
        grid.place(m, s);
        int target = bestFreeSlot(b, s);
        if (target != 0) {
          grid.place(b, target);
          long after = 0;
          for (int q : people) {
            after += grid.score(q);
          }
          if (after < before) {
            return true;
          }
          grid.remove(b);
        }
        grid.remove(m);
      }
      grid.place(b, bFrom);
      grid.place(m, from);
    }
    return false;
  }

  private int bestFreeSlot(Meeting b, int excluded) {
    int best = 0;
    long bestCost = Long.MAX_VALUE;
    for (int s : c.slotsOf(b.id())) {
      if (s != excluded && grid.fits(b, s)) {
        long cost = grid.placementCost(b.first(), s) + grid.placementCost(b.second(), s);
        if (cost < bestCost) {
          bestCost = cost;
          best = s;
        }
      }
    }
    return best;
  }

  private boolean trySwap(Meeting m1, Meeting m2) {
    int s1 = grid.slots[m1.id() - 1];
    int s2 = grid.slots[m2.id() - 1];
    if (s1 == 0 || s2 == 0 || s1 == s2 || m1.isFixed() || m2.isFixed()
        || CpSatModel.indexOf(c.slotsOf(m1.id()), s2) < 0 || CpSatModel.indexOf(c.slotsOf(m2.id()), s1) < 0
        || !problem.precedences().isEmpty()) {
      return false;
    }
    Set<Integer> people = new LinkedHashSet<>(List.of(m1.first(), m1.second(), m2.first(), m2.second()));
    long before = 0;
    for (int q : people) {
      before += grid.score(q);
    }
    grid.remove(m1);
    grid.remove(m2);
    if (grid.fits(m1, s2)) {
      grid.place(m1, s2);
      if (grid.fits(m2, s1)) {
        grid.place(m2, s1);
        long after = 0;
        for (int q : people) {
          after += grid.score(q);
        }
        if (after < before) {
          return true;
        }
        grid.remove(m2);
      }
      grid.remove(m1);
    }
    grid.place(m1, s1);
    grid.place(m2, s2);
    return false;
  }
}
