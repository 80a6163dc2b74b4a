package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Meeting;
import java.util.ArrayList;
import java.util.List;

/** Mutable partial schedule used by the heuristic: who meets when, tables used per slot. */
final class SlotGrid {

  final int[] slots;
  private final int[][] busy;
  private final int[] load;
  private final int shared;
  private final Candidates c;

  private final int cap;

  /** {@code cap}: breaks per participant above which placements are penalised (-1: none). */
  SlotGrid(Candidates c, int cap) {
    this.c = c;
    this.cap = cap;
    slots = new int[c.problem.meetings().size()];
    busy = new int[c.problem.participants().size()][c.problem.slotCount() + 2];
    load = new int[c.problem.slotCount() + 2];
    shared = c.sharedTables();
  }

  boolean fits(Meeting m, int s) {
    return busy[m.first() - 1][s] == 0 && busy[m.second() - 1][s] == 0
        && (!c.usesSharedTable(m) || load[s] < shared);
  }

  void place(Meeting m, int s) {
    slots[m.id() - 1] = s;
    busy[m.first() - 1][s] = m.id();
    busy[m.second() - 1][s] = m.id();
    if (c.usesSharedTable(m)) {
      load[s]++;
    }
  }

  void remove(Meeting m) {
    int s = slots[m.id() - 1];
    if (s == 0) {
      return;
    }
    slots[m.id() - 1] = 0;
    busy[m.first() - 1][s] = 0;
    busy[m.second() - 1][s] = 0;
    if (c.usesSharedTable(m)) {
      load[s]--;
    }
  }

  /** Meetings to move so that m fits in s, or null when a table cannot be freed this way. */
  List<Integer> blockers(Meeting m, int s) {
    List<Integer> out = new ArrayList<>();
    int a = busy[m.first() - 1][s];
    int b = busy[m.second() - 1][s];
    if (a != 0) {
      out.add(a);
    }
    if (b != 0 && b != a) {
      out.add(b);
    }
    if (c.usesSharedTable(m) && load[s] >= shared) {
      boolean freesTable = false;
      for (int id : out) {
        freesTable |= c.usesSharedTable(c.problem.meeting(id));
      }
      if (!freesTable) {
        return null;
      }
    }
    return out;
  }

  /** Change in the breaks of participant p if it also met in slot s. */
  int breakDelta(int p, int s) {
    int[] row = busy[p - 1];
    int n = c.problem.slotCount();
    int before = gaps(row, n, 0);
    int saved = row[s];
    row[s] = -1;
    int after = gaps(row, n, 0);
    row[s] = saved;
    return after - before;
  }

  /** Cost of p also meeting in s: added breaks, heavily penalised above the fairness cap. */
  long placementCost(int p, int s) {
    int[] row = busy[p - 1];
    int n = c.problem.slotCount();
    int before = gaps(row, n, 0);
    int saved = row[s];
    row[s] = -1;
    int after = gaps(row, n, 0);
    row[s] = saved;
    long cost = 1000L * (after - before);
    if (cap >= 0) {
      cost += 100_000L * (Math.max(0, after - cap) - Math.max(0, before - cap));
    }
    return cost;
  }

  /** Penalised break score of p as it stands. */
  long score(int p) {
    int g = gaps(busy[p - 1], c.problem.slotCount(), 0);
    return 1000L * g + (cap >= 0 ? 100_000L * Math.max(0, g - cap) : 0);
  }

  int gapsOf(int p) {
    return gaps(busy[p - 1], c.problem.slotCount(), 0);
  }

  int capOrMinusOne() {
    return cap;
  }

  int neighbours(int p, int s) {
    int[] row = busy[p - 1];
    return (row[s - 1] != 0 ? 1 : 0) + (row[s + 1] != 0 ? 1 : 0);
  }

  static int gaps(int[] row, int n, int unused) {
    int last = -1;
    int gaps = 0;
    for (int s = 1; s <= n; s++) {
      if (row[s] != 0) {
        if (last >= 0 && s > last + 1) {
          gaps++;
        }
        last = s;
      }
    }
    return gaps;
  }
}
