package eu.intercluster.scheduler.solver;

import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Problem;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Simulated annealing on the slots of the meetings with Kempe-chain moves ({@link KempeChain}): a
 * meeting goes from its slot s to a candidate slot t and the meetings it meets there follow to s, so
 * no participant is ever in two meetings at once. Break deltas are computed on bit masks of
 * the few participants involved, which makes a move cost microseconds where a CP-SAT neighbourhood
 * costs a tenth of a second. Every move keeps candidate slots, fixed meetings, the shared tables per
 * slot, precedences and, when re-planning, the number of moved published meetings; optional meetings
 * keep their scheduled or unscheduled state. Fairness comes first: no move may raise the breaks above
 * min + d (summed over the participants), so a fair schedule stays fair and an unfair one (the
 * construction at small d) is repaired on the way.
 */
final class SlotAnnealer {

  private final Candidates c;
  private final int fairness;
  private final int nm;
  private final int[] first;
  private final int[] second;
  private final boolean[] movable;
  private final long[] candidateMask;
  private final boolean[] shared;
  private final int tables;
  private final MeetingPrecedences precedences;
  private final int[] published;
  private final SplittableRandom random;

  private final boolean[] free;
  private final AnnealedSchedule state;
  private int movedCap;
  /** Fairness excess of the current schedule ({@link AnnealedSchedule#excessWith}). */
  private int excess;

  private final KempeChain kempe;
  private final int[] chain;
  private final int[] people;
  private final int[] personStamp;
  private final long[] newMask;
  private int epoch;

  /** Receives the breaks per participant of the cold end of each temperature cycle (null: nobody). */
  private java.util.function.Consumer<int[]> cycleEnds;
  /** Schedules more than this many breaks above the best of the run are not reported. */
  private static final int OBSERVED_SLACK = 2;
  /** Reported below this temperature (the last quarter of a cycle), every OBSERVED_EVERY x 1024 moves. */
  private static final double OBSERVED_BELOW = 0.1;
  private static final int OBSERVED_EVERY = 64;

  /**
   * Reports the schedules of the cold end of every cycle (about ten a cycle, near local optima) as
   * their breaks per participant, when fair and near the best of the run: {@link BreakerCases} counts
   * who breaks.
   */
  void observeCycleEnds(java.util.function.Consumer<int[]> observer) {
    this.cycleEnds = observer;
  }

  /** Busy slots are bits of a long: events of more slots are left to the CP-SAT neighbourhoods. */
  static boolean supports(Candidates c) {
    return c.problem.slotCount() < Long.SIZE - 1;
  }

  SlotAnnealer(Candidates c, int fairness, List<Assignment> publishedSchedule, SplittableRandom random) {
    this.c = c;
    this.fairness = fairness;
    this.random = random;
    Problem problem = c.problem;
    nm = problem.meetings().size();
    int np = problem.participants().size();
    int slots = problem.slotCount();
    first = new int[nm];
    second = new int[nm];
    movable = new boolean[nm];
    free = new boolean[nm];
    candidateMask = new long[nm];
    shared = new boolean[nm];
    for (Meeting m : problem.meetings()) {
      int i = m.id() - 1;
      first[i] = m.first() - 1;
      second[i] = m.second() - 1;
      shared[i] = c.usesSharedTable(m);
      for (int s : c.slots[i]) {
        candidateMask[i] |= 1L << s;
      }
      free[i] = !m.isFixed() && c.slots[i].length > 1;
    }
    tables = c.sharedTables();
    precedences = new MeetingPrecedences(problem);
    published = new int[nm];
    for (Assignment a : publishedSchedule) {
      if (a.meeting() >= 1 && a.meeting() <= nm) {
        published[a.meeting() - 1] = a.slot();
      }
    }
    state = new AnnealedSchedule(first, second, shared, published, np, slots);
    kempe = new KempeChain(first, second, movable, candidateMask, state);
    chain = kempe.meetings;
    people = new int[np];
    personStamp = new int[np];
    newMask = new long[np];
  }

  /**
   * Anneals from start (a complete schedule satisfying every constraint but perhaps fairness) until
   * its breaks reach target, the deadline passes or stop holds; returns the best fair schedule met
   * (start when none is better).
   */
  int[] improve(int[] start, long target, long deadlineNanos, BooleanSupplier stop) {
    return improve(start, target, deadlineNanos, stop, Integer.MAX_VALUE);
  }

  /**
   * As {@link #improve(int[], long, long, BooleanSupplier)}, also ending after idleCycles temperature
   * cycles in a row without a better schedule: a budget in moves, which a loaded machine does not
   * shorten the way it shortens one in seconds.
   */
  int[] improve(int[] start, long target, long deadlineNanos, BooleanSupplier stop, int idleCycles) {
    state.load(start);
    for (int i = 0; i < nm; i++) {
      movable[i] = free[i] && start[i] != 0;
    }
    movedCap = state.moved;
    excess = state.excessWith(people, 0, newMask, fairness);
    int[] best = start.clone();
    int bestTotal = excess == 0 ? state.total : Integer.MAX_VALUE;
    double temperature = START_TEMPERATURE;
    long iterations = 0;
    int idle = 0;
    int cycleStart = bestTotal;
    while (bestTotal > target) {
      if ((++iterations & 1023) == 0) {
        if (System.nanoTime() >= deadlineNanos || stop.getAsBoolean()) {
          break;
        }
        temperature *= COOLING;
        if (cycleEnds != null && temperature < OBSERVED_BELOW && (iterations >> 10) % OBSERVED_EVERY == 0
            && excess == 0 && state.total <= bestTotal + OBSERVED_SLACK) {
          cycleEnds.accept(state.breaks);
        }
        if (temperature < END_TEMPERATURE) {
          temperature = START_TEMPERATURE;
          idle = bestTotal < cycleStart ? 0 : idle + 1;
          if (idle >= idleCycles) {
            break;
          }
          cycleStart = bestTotal;
        }
      }
      tryMove(temperature);
      if (excess == 0 && state.total < bestTotal) {
        bestTotal = state.total;
        System.arraycopy(state.slot, 0, best, 0, nm);
      }
    }
    return best;
  }

  /**
   * Temperature cycles (per 1024 moves, about 0.2 s a cycle): measured on forum-13crafb from the
   * greedy schedule's 57 breaks, 0.6 -> 0.05 and 0.3 -> 0.02 reach 9-10 in 1-7 s; hotter or slower
   * schedules stay at 12-22.
   */
  private static final double START_TEMPERATURE = 0.6;
  private static final double END_TEMPERATURE = 0.05;
  private static final double COOLING = 0.999;

  /** One Kempe-chain move, kept when it passes every constraint and the annealing test. */
  private void tryMove(double temperature) {
    int i = random.nextInt(nm);
    if (!movable[i]) {
      return;
    }
    int[] cand = c.slots[i];
    int s = state.slot[i];
    int t = cand[random.nextInt(cand.length)];
    if (t == s) {
      return;
    }
    int size = kempe.build(i, s, t);
    if (size < 0) {
      return;
    }
    // tables: meetings leaving and entering each slot
    int netIntoT = 0;
    int movedDelta = 0;
    for (int k = 0; k < size; k++) {
      int j = chain[k];
      int from = state.slot[j];
      int to = from == s ? t : s;
      if (shared[j]) {
        netIntoT += from == s ? 1 : -1;
      }
      if (published[j] > 0) {
        movedDelta += (published[j] != to ? 1 : 0) - (published[j] != from ? 1 : 0);
      }
    }
    if (state.load[t] + netIntoT > tables || state.load[s] - netIntoT > tables
        || state.moved + movedDelta > movedCap) {
      return;
    }
    // participants of the chain swap their slots s and t
    int persons = 0;
    int delta = 0;
    epoch++;
    for (int k = 0; k < size; k++) {
      int j = chain[k];
      for (int p : new int[] {first[j], second[j]}) {
        if (personStamp[p] != epoch) {
          personStamp[p] = epoch;
          people[persons++] = p;
          newMask[p] = AnnealedSchedule.swapped(state.mask[p], s, t);
          delta += AnnealedSchedule.breaksOf(newMask[p]) - state.breaks[p];
        }
      }
    }
    // Fairness first: a move may not raise the excess over min + d (none when the schedule is fair),
    // one that lowers it is taken, and at equal excess the breaks decide.
    int excess = state.excessWith(people, persons, newMask, fairness);
    if (excess > this.excess
        || excess == this.excess && delta > 0 && random.nextDouble() >= Math.exp(-delta / temperature)) {
      return;
    }
    state.swap(chain, size, s, t, people, persons, netIntoT, movedDelta);
    if (precedences.hold(chain, size, state.slot)) {
      this.excess = excess;
    } else {
      state.swap(chain, size, s, t, people, persons, -netIntoT, -movedDelta);
    }
  }
}
