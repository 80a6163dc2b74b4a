package eu.intercluster.scheduler.solver;

/**
 * The Kempe chain of a {@link SlotAnnealer} move: meeting i goes from slot s to slot t, and every
 * meeting of s or t that then shares a participant with a moved one follows to the other slot, so
 * each participant of the chain simply swaps its slots s and t.
 */
final class KempeChain {

  /** The chain's meetings (the first {@link #build} of them). */
  final int[] meetings;
  private final int[] stamp;
  private int epoch;
  private final int[] first;
  private final int[] second;
  private final boolean[] movable;
  private final long[] candidateMask;
  private final AnnealedSchedule state;

  KempeChain(int[] first, int[] second, boolean[] movable, long[] candidateMask, AnnealedSchedule state) {
    this.first = first;
    this.second = second;
    this.movable = movable;
    this.candidateMask = candidateMask;
    this.state = state;
    meetings = new int[first.length];
    stamp = new int[first.length];
  }

  /** Builds the chain of meeting i moving from s to t; its size, or -1 when one of its meetings cannot move. */
  int build(int i, int s, int t) {
    epoch++;
    int size = 0;
    meetings[size++] = i;
    stamp[i] = epoch;
    for (int k = 0; k < size; k++) {
      int j = meetings[k];
      int to = state.slot[j] == s ? t : s;
      if (!movable[j] || (candidateMask[j] & (1L << to)) == 0) {
        return -1;
      }
      for (int p : new int[] {first[j], second[j]}) {
        int other = state.at[p][to] - 1;
        if (other >= 0 && stamp[other] != epoch) {
          stamp[other] = epoch;
          meetings[size++] = other;
        }
      }
    }
    return size;
  }
}
