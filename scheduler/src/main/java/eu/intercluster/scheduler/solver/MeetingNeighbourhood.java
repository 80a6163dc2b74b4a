package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntegerVariableProto;
import eu.intercluster.scheduler.model.Meeting;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The meeting neighbourhoods of {@link BreakLns}: a set of about size meetings is freed (those of a
 * participant with breaks and its partners' around it, of random participants, or every meeting in
 * a window of consecutive slots) and every other meeting is fixed in its slot in the incumbent.
 */
final class MeetingNeighbourhood {

  /** Meetings of a participant with breaks, then of its partners, breadth first. */
  static final int AROUND_BREAKS = 0;
  /** Meetings of a random participant, then of its partners. */
  static final int AROUND_RANDOM = 1;
  /** Every meeting in a window of consecutive slots. */
  static final int SLOT_WINDOW = 2;

  private final CpSatModel m;
  private final SplittableRandom random;
  /** Meetings freed: grows when a neighbourhood is solved to optimality, shrinks when one times out. */
  private int size;

  MeetingNeighbourhood(CpSatModel m, SplittableRandom random) {
    this.m = m;
    this.random = random;
    this.size = Math.min(m.x.length, Math.max(12, m.x.length / 5));
  }

  int size() {
    return size;
  }

  /** Adapts the size to a neighbourhood's answer. */
  void adapt(CpSolverStatus status) {
    int nm = m.x.length;
    boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE;
    size = solved ? Math.min(nm, size + Math.max(1, size / 10)) : Math.max(6, size - Math.max(1, size / 5));
  }

  /** The sub-model: base with the meetings outside the neighbourhood fixed, minimising the breaks. */
  CpModel subModel(CpModel base, int[] incumbent, int kind, int incumbentBreaks, long target) {
    boolean[] free = kind == SLOT_WINDOW ? window(incumbent, size) : aroundParticipants(incumbent, kind, size);
    CpModel sub = base.getClone();
    for (int i = 0; i < m.x.length; i++) {
      int[] cand = m.candidates.slots[i];
      for (int k = 0; k < cand.length; k++) {
        boolean on = cand[k] == incumbent[i];
        if (free[i]) {
          sub.addHint(m.x[i][k], on);
        } else {
          IntegerVariableProto.Builder v = sub.getBuilder().getVariablesBuilder(m.x[i][k].getIndex());
          v.clearDomain().addDomain(on ? 1 : 0).addDomain(on ? 1 : 0);
        }
      }
    }
    sub.addLessOrEqual(m.totalBreaks, incumbentBreaks);
    sub.addGreaterOrEqual(m.totalBreaks, target);
    sub.minimize(m.totalBreaks);
    return sub;
  }

  private boolean[] window(int[] slots, int size) {
    boolean[] free = new boolean[m.x.length];
    int n = m.problem.slotCount();
    int[] perSlot = new int[n + 1];
    for (int s : slots) {
      if (s > 0) {
        perSlot[s]++;
      }
    }
    int a = 1 + random.nextInt(n);
    int b = a;
    int count = perSlot[a];
    while (count < size && (a > 1 || b < n)) {
      if (b < n && (a == 1 || random.nextBoolean())) {
        count += perSlot[++b];
      } else {
        count += perSlot[--a];
      }
    }
    for (int i = 0; i < slots.length; i++) {
      free[i] = slots[i] >= a && slots[i] <= b;
    }
    return free;
  }

  private boolean[] aroundParticipants(int[] slots, int kind, int size) {
    boolean[] free = new boolean[m.x.length];
    int np = m.problem.participants().size();
    int[] breaks = Breaks.perParticipant(m.problem, slots);
    List<Integer> withBreaks = new ArrayList<>();
    for (int p = 0; p < np; p++) {
      if (breaks[p] > 0) {
        withBreaks.add(p + 1);
      }
    }
    List<Integer> queue = new ArrayList<>();
    boolean[] seen = new boolean[np + 1];
    int count = 0;
    while (count < size) {
      int p;
      if (queue.isEmpty()) {
        p = kind == AROUND_BREAKS && !withBreaks.isEmpty()
            ? withBreaks.get(random.nextInt(withBreaks.size()))
            : 1 + random.nextInt(np);
        if (seen[p]) {
          if (count >= free.length) {
            break;
          }
          p = 1 + random.nextInt(np);
          if (seen[p]) {
            continue;
          }
        }
      } else {
        p = queue.remove(random.nextInt(queue.size()));
        if (seen[p]) {
          continue;
        }
      }
      seen[p] = true;
      for (int id : m.candidates.meetingsOf.get(p - 1)) {
        if (!free[id - 1]) {
          free[id - 1] = true;
          count++;
        }
        Meeting mt = m.problem.meetings().get(id - 1);
        int other = mt.first() == p ? mt.second() : mt.first();
        if (!seen[other]) {
          queue.add(other);
        }
      }
    }
    return free;
  }
}
