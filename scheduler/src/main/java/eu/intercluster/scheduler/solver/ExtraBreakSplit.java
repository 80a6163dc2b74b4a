package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "At most k breaks" when k is one above the sum of the per-participant lower bounds, split by who
 * takes that one extra break: in the case of participant p only p may exceed its own lower bound,
 * everyone else stays at it. The cases cover every schedule with at most k breaks, so a case with a
 * schedule is optimal and all cases refuted prove k impossible. Each case fixes almost every
 * participant's break count, so presolve refutes most of them in a fraction of a second and the
 * right one is solved in about a second, where the single "at most k" call finds nothing in 15 s
 * (the core idea of the MaxSAT approach of Bofill et al.: only the participants of a core break).
 *
 * <p>Participants with few meetings are packed into group cases (any one member may take the extra
 * break): presolve refutes a group as fast as one participant, and a group without answer is split
 * into its members. Cases run on one CP-SAT worker each, on every thread, cheapest first (groups,
 * then participants by meeting count), in rounds whose seed changes: the cap (deterministic time)
 * either doubles per round or, by default, stays and phase saving goes off ({@link SplitRound}).
 */
final class ExtraBreakSplit {

  /** A schedule with at most k breaks, or refuted (none exists), or neither (out of time). */
  record Result(int[] slots, boolean refuted) {}

  // Caps in deterministic time (a unit is roughly a second here): a loaded machine slows the cases
  // down without turning them into time-outs. Measured on forum-13crafc / ticf-13crafc: refuted
  // participants take 0.05-0.7, the solvable ones 0.5-2.2, groups of small participants 0.1-0.25.
  // A first cap of 4 answers the solvable cases in the first round (with 1.5 they came back open and
  // waited for the second): at load 9-11, 3 runs each, ticf-13crafc proven 3 of 3 (median 13.9 s)
  // against 0 of 3 with 1.5 (20 s), forum-13crafc median 8.6 s against 10.2 s.
  private static final double FIRST_CAP = 4.0;
  private static final double GROUP_CAP = 0.3;
  private static final int GROUP_MEETINGS = 30;
  private static final int SINGLE_MEETINGS = 6;
  private static final boolean DEBUG = System.getenv("INTERCLUSTER_DEBUG") != null;
  /** Rounds keep the first cap, change seed and run without phase saving ({@link SplitRound}). */
  private static final boolean RESEED = System.getenv("INTERCLUSTER_NO_SPLIT_RESEED") == null;

  private final CpSatSearch search;
  private final CpSatModel m;
  private final int threads;
  private final long seed;
  private final boolean reseeding;

  ExtraBreakSplit(CpSatSearch search, CpSatModel m, int threads, long seed) {
    this(search, m, threads, seed, RESEED);
  }

  ExtraBreakSplit(CpSatSearch search, CpSatModel m, int threads, long seed, boolean reseeding) {
    this.search = search;
    this.m = m;
    this.threads = Math.max(1, threads);
    this.seed = seed;
    this.reseeding = reseeding;
  }

  /** Sum of the per-participant lower bounds the model enforces (the domain minima). */
  static long lowerBoundSum(CpSatModel m) {
    long sum = 0;
    for (IntVar b : m.breaks) {
      if (b != null) {
        sum += b.getDomain().min();
      }
    }
    return sum;
  }

  /** Solves "at most k breaks" by cases; requires k == lowerBoundSum(m) + 1. */
  Result run(long k, long deadlineNanos) {
    if (k != lowerBoundSum(m) + 1) {
      throw new IllegalArgumentException("the split needs k = sum of lower bounds + 1");
    }
    CpModel base = m.model.getClone();
    base.clearObjective();
    // Without the construction's hint: measured on ticf-13crafc (2 runs each), 6.5 s with no hint
    // against 13.3-14.0 s with it (it leads the cases into its own crowded slots).
    base.clearHints();
    base.addLessOrEqual(m.totalBreaks, k);
    List<List<Integer>> open = groups();
    if (open.isEmpty()) {
      // Nobody can exceed its bound: the only case is everyone at it.
      open.add(List.of());
    }
    SplitRound round = SplitRound.first(FIRST_CAP, GROUP_CAP, seed, reseeding);
    SplitCaseRounds rounds = new SplitCaseRounds(search, m, threads, base, deadlineNanos);
    while (!open.isEmpty()) {
      List<List<Integer>> unresolved = rounds.run(open, round);
      if (DEBUG) {
        System.err.printf("split round seed=%d cap=%.2f phase=%s open=%d unresolved=%d found=%s spent=%.2f%n", round.seed(),
            round.cap(), round.phaseSaving(), open.size(), unresolved.size(), rounds.found() != null, rounds.deterministicSpent());
      }
      if (rounds.found() != null) {
        return new Result(rounds.found(), false);
      }
      if (rounds.outOfTime()) {
        return new Result(null, false);
      }
      open = new ArrayList<>();
      for (List<Integer> g : unresolved) {
        for (int q : g) {
          open.add(List.of(q));
        }
      }
      open.sort(cheapestFirst);
      round = round.next();
    }
    // Every case refuted, including everyone at its lower bound (contained in each case).
    return new Result(null, true);
  }

  /**
   * The cases: participants that can take a break; those with fewer than SINGLE_MEETINGS meetings
   * packed into groups of about GROUP_MEETINGS meetings, the others a case of their own. A group case
   * lets any one of its members take the extra break: presolve refutes a group as fast as a single
   * participant, and a group without answer is split into its members.
   */
  private List<List<Integer>> groups() {
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < m.breaks.length; p++) {
      IntVar b = m.breaks[p];
      if (b != null && b.getDomain().max() > b.getDomain().min()) {
        open.add(p);
      }
    }
    open.sort(Comparator.comparingInt((Integer p) -> meetings(p)).thenComparing(p -> p));
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    int sum = 0;
    for (int p : open) {
      if (meetings(p) >= SINGLE_MEETINGS) {
        groups.add(List.of(p));
        continue;
      }
      group.add(p);
      sum += meetings(p);
      if (sum >= GROUP_MEETINGS) {
        groups.add(group);
        group = new ArrayList<>();
        sum = 0;
      }
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    groups.sort(cheapestFirst);
    return groups;
  }

  private int meetings(int p) {
    return m.candidates.meetingsOf.get(p).size();
  }

  /** Groups first, then single participants by meeting count: the cheapest cases first. */
  private final Comparator<List<Integer>> cheapestFirst =
      Comparator.comparingInt((List<Integer> g) -> g.size() == 1 ? 1 : 0).thenComparingInt(g -> meetings(g.get(0)));
}
