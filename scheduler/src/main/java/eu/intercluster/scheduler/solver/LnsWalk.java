package eu.intercluster.scheduler.solver;

/**
 * One neighbourhood-search thread's own current schedule in {@link BreakLns}: annealed from the best
 * schedule, then improved by neighbourhoods; after a few neighbourhoods in a row without a better
 * schedule the thread anneals from the best schedule again (a new random walk, usually a different
 * schedule with about as many breaks).
 */
final class LnsWalk {

  private int[] slots;
  private int breaks = -1;
  private int failures;

  /** The walk's schedule, or null before its first annealing. */
  int[] slots() {
    return slots;
  }

  int breaks() {
    return breaks;
  }

  /** Neighbourhoods in a row that did not improve the walk's schedule. */
  int failures() {
    return failures;
  }

  /** The walk continues from this schedule (after annealing). */
  void moveTo(int[] s, int b) {
    slots = s;
    breaks = b;
    failures = 0;
  }

  /** A neighbourhood's outcome: the walk moves when it found fewer breaks than it started from. */
  void step(CpSatSearch.Outcome o, int fromBreaks) {
    if (o != null && o.slots() != null && o.objective() < fromBreaks) {
      moveTo(o.slots(), (int) o.objective());
    } else {
      failures++;
    }
  }
}
