package eu.intercluster.scheduler.solver;

import java.util.Arrays;

/**
 * The schedule {@link SlotAnnealer} works on, kept incrementally: the slot of every meeting, each
 * participant's busy slots as a bit mask (bit s = slot s) and its breaks, which meeting a participant
 * has in a slot, meetings on shared tables per slot, how many participants have each break count
 * (for the fairness bound) and the number of published meetings moved.
 */
final class AnnealedSchedule {

  final int[] slot;
  final long[] mask;
  /** at[p][s]: 1 + index of participant p's meeting in slot s, 0 when p is idle. */
  final int[][] at;
  final int[] load;
  final int[] breaks;
  private final int[] first;
  private final int[] second;
  private final boolean[] shared;
  private final int[] published;
  private final int[] histogram;
  int total;
  int moved;

  AnnealedSchedule(int[] first, int[] second, boolean[] shared, int[] published, int participants, int slots) {
    this.first = first;
    this.second = second;
    this.shared = shared;
    this.published = published;
    slot = new int[first.length];
    mask = new long[participants];
    at = new int[participants][slots + 1];
    load = new int[slots + 1];
    breaks = new int[participants];
    histogram = new int[slots + 2];
  }

  /** Breaks of a participant busy in the slots of the mask (-1 for no meeting at all). */
  static int breaksOf(long busy) {
    return busy == 0 ? -1 : Long.bitCount(busy & ~(busy << 1)) - 1;
  }

  void load(int[] start) {
    Arrays.fill(mask, 0);
    Arrays.fill(load, 0);
    Arrays.fill(histogram, 0);
    for (int[] row : at) {
      Arrays.fill(row, 0);
    }
    moved = 0;
    for (int i = 0; i < slot.length; i++) {
      int s = start[i];
      slot[i] = s;
      if (s == 0) {
        continue;
      }
      mask[first[i]] |= 1L << s;
      mask[second[i]] |= 1L << s;
      at[first[i]][s] = i + 1;
      at[second[i]][s] = i + 1;
      load[s] += shared[i] ? 1 : 0;
      moved += published[i] > 0 && published[i] != s ? 1 : 0;
    }
    total = 0;
    for (int p = 0; p < mask.length; p++) {
      breaks[p] = breaksOf(mask[p]);
      if (breaks[p] >= 0) {
        histogram[breaks[p]]++;
        total += breaks[p];
      }
    }
  }

  /**
   * Fairness excess once the given participants take the new masks (persons = 0: as it is): the
   * breaks above min + d summed over the participants (0 when max - min <= d, or d < 0).
   */
  int excessWith(int[] people, int persons, long[] newMask, int d) {
    if (d < 0) {
      return 0;
    }
    for (int k = 0; k < persons; k++) {
      int p = people[k];
      histogram[breaks[p]]--;
      histogram[breaksOf(newMask[p])]++;
    }
    int min = 0;
    while (min < histogram.length && histogram[min] == 0) {
      min++;
    }
    int excess = 0;
    for (int b = min + d + 1; b < histogram.length; b++) {
      excess += histogram[b] * (b - min - d);
    }
    for (int k = 0; k < persons; k++) {
      int p = people[k];
      histogram[breaksOf(newMask[p])]--;
      histogram[breaks[p]]++;
    }
    return excess;
  }

  /**
   * Swaps the chain's meetings between slots s and t and the slots s and t of its participants;
   * applying the same swap again restores the schedule.
   */
  void swap(int[] chain, int size, int s, int t, int[] people, int persons, int netIntoT, int movedDelta) {
    for (int k = 0; k < size; k++) {
      int j = chain[k];
      at[first[j]][slot[j]] = 0;
      at[second[j]][slot[j]] = 0;
    }
    for (int k = 0; k < size; k++) {
      int j = chain[k];
      int to = slot[j] == s ? t : s;
      slot[j] = to;
      at[first[j]][to] = j + 1;
      at[second[j]][to] = j + 1;
    }
    for (int k = 0; k < persons; k++) {
      int p = people[k];
      mask[p] = swapped(mask[p], s, t);
      int nb = breaksOf(mask[p]);
      histogram[breaks[p]]--;
      histogram[nb]++;
      total += nb - breaks[p];
      breaks[p] = nb;
    }
    load[t] += netIntoT;
    load[s] -= netIntoT;
    moved += movedDelta;
  }

  /** The mask with bits s and t exchanged. */
  static long swapped(long busy, int s, int t) {
    return ((busy >>> s) & 1) == ((busy >>> t) & 1) ? busy : busy ^ ((1L << s) | (1L << t));
  }
}
