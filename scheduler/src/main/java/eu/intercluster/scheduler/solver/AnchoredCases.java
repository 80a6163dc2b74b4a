package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.IntVar;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Small breaker cases around the participants that most often break above their own lower bound in
 * the sampled schedules: the ANCHORS most frequent plus one more x, capped (each may break once above
 * its bound, everyone else held at it), x taken in turn from the next THIRDS, most frequent first;
 * the partners of packed participants ({@link HubPartners}) rank before all others. On
 * ticf-13crafb a Hall argument on the partners of 48 (all 10 afternoon slots) and 62 (all 12 morning
 * slots) forces the extra breaks: 23 and 37 exceed their bound in nearly every sample and the optimum
 * adds one more (1 or 20); but which two rank first varies (ties with 20, 41, 1), so two anchors missed
 * the pair in 3 of 4 seeds, four catch it. Such a case costs a few tenths of a unit to a few units of
 * deterministic time, where a 10-breaker draw costs up to its 5-unit cap. Anchors count the excess
 * over each participant's own bound, not its breaks: on forum-13crafb 16, 30 and 39 break in every
 * schedule, at their bound. Each case is tried once per k (see {@link #k} for which k).
 */
final class AnchoredCases {

  /** INTERCLUSTER_NO_ANCHORS switches the anchored cases off (only the breaker draws, as until session 22). */
  static final boolean ON = System.getenv("INTERCLUSTER_NO_ANCHORS") == null;
  /**
   * How many other participants are tried with the anchors per k, most frequent first: the solving
   * case was among the first 6 in all 16 crafb runs of session 22, and on forum-13crafb.forb0003 (sum
   * 1, optimum 5) 14 cases at k = 4 were refuted in vain.
   */
  static final int THIRDS = 6;
  /** How many anchors each case holds (INTERCLUSTER_ANCHORS; 2 measured worse on ticf-13crafb). */
  static final int ANCHORS = System.getenv("INTERCLUSTER_ANCHORS") == null ? 4
      : Integer.parseInt(System.getenv("INTERCLUSTER_ANCHORS"));

  /** Each participant's own lower bound (the model's), -1 where it has no breaks variable. */
  private final long[] lowerBound;
  /** In how many recorded schedules each participant broke above its own lower bound. */
  private final int[] excessCount;
  /** Participants ranked before all others ({@link HubPartners}), each group by excessCount. */
  private final BitSet preferred;
  private static final boolean DUMP = System.getenv("INTERCLUSTER_DUMP_SAMPLES") != null;
  private final Set<BreakerCases.Case> tried = new HashSet<>();
  /** The sum of the per-participant lower bounds. */
  private final long boundSum;

  AnchoredCases(IntVar[] breaks) {
    this(breaks, new BitSet());
  }

  AnchoredCases(IntVar[] breaks, BitSet preferred) {
    this.preferred = preferred;
    lowerBound = new long[breaks.length];
    excessCount = new int[breaks.length];
    long sum = 0;
    for (int q = 0; q < breaks.length; q++) {
      lowerBound[q] = breaks[q] == null ? -1 : breaks[q].getDomain().min();
      sum += Math.max(0, lowerBound[q]);
    }
    boundSum = sum;
  }

  /**
   * The k to try the cases at, or -1: three breaks above the sum of the per-participant bounds (the
   * optimum of both crafb originals, which the one-extra-break split does not reach) while the climb's
   * bound is at most one below it, else the bound itself; always below the best schedule. On
   * ticf-13crafb (sum 0, optimum 3) they run at 3 from bound 2 on, while the climb is still refuting
   * "at most 2"; at bounds further below they would be refuted in vain.
   */
  long k(long bound, long bestBreaks) {
    long k = Math.max(bound, boundSum + 3);
    return k <= bound + 1 && k < bestBreaks ? k : -1;
  }

  /** True when c is one of the cases handed out here. */
  boolean made(BreakerCases.Case c) {
    return tried.contains(c);
  }

  /** Records a schedule's breaks per participant. */
  void record(int[] perParticipant) {
    StringBuilder dump = DUMP ? new StringBuilder("SAMPLE") : null;
    for (int q = 0; q < excessCount.length; q++) {
      if (lowerBound[q] >= 0 && perParticipant[q] > lowerBound[q]) {
        excessCount[q]++;
        if (dump != null) {
          dump.append(' ').append(q + 1);
        }
      }
    }
    if (dump != null) {
      System.err.println(dump);
    }
  }

  /**
   * The next untried case at k that refuted does not rule out, or null: the ANCHORS participants most
   * often above their bound plus one of the next THIRDS in turn.
   */
  BreakerCases.Case next(long k, Predicate<BreakerCases.Case> refuted) {
    return find(k, refuted, true);
  }

  /** True while {@link #next} would still hand out a case at k. */
  boolean hasNext(long k, Predicate<BreakerCases.Case> refuted) {
    return find(k, refuted, false) != null;
  }

  private BreakerCases.Case find(long k, Predicate<BreakerCases.Case> refuted, boolean take) {
    int n = 0;
    Integer[] order = new Integer[excessCount.length];
    for (int q = 0; q < excessCount.length; q++) {
      if (excessCount[q] > 0) {
        order[n++] = q;
      }
    }
    if (n <= ANCHORS) {
      return null;
    }
    java.util.Arrays.sort(order, 0, n, (a, b) -> preferred.get(a) != preferred.get(b) ? (preferred.get(a) ? -1 : 1)
        : excessCount[a] != excessCount[b] ? Integer.compare(excessCount[b], excessCount[a]) : Integer.compare(a, b));
    for (int i = ANCHORS; i < Math.min(n, ANCHORS + THIRDS); i++) {
      BitSet b = new BitSet(excessCount.length);
      for (int j = 0; j < ANCHORS; j++) {
        b.set(order[j]);
      }
      b.set(order[i]);
      BreakerCases.Case c = new BreakerCases.Case(b, k, true);
      if (!refuted.test(c) && (take ? tried.add(c) : !tried.contains(c))) {
        if (DUMP && take) {
          System.err.println("ANCHORED k=" + k + " " + b.stream().map(q -> q + 1).boxed().toList());
        }
        return c;
      }
    }
    return null;
  }
}
