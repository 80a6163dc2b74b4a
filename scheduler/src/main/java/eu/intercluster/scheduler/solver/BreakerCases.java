package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Guesses who takes the breaks: the participants that break often in the schedules the
 * neighbourhood search meets are the likely breakers of the optimum too. A case lets only a few of
 * them (drawn at random, weighted by how often they break) exceed their own lower bound, holds
 * everyone else at it, and asks for fewer breaks than the best schedule. Held participants fix most
 * of the model in presolve, as in {@link ExtraBreakSplit}, so a case with the right breakers is
 * solved in a few seconds on one worker where the whole-model "at most k" call finds nothing in 20.
 * Any schedule of a case satisfies the whole model (the case only adds bounds). A case refuted at k
 * refutes every case with fewer breakers at k or less, which are then not tried.
 */
final class BreakerCases {

  /** Schedules recorded before the first case (the frequencies need a few samples). */
  static final int MIN_SAMPLES = 6;
  private static final int MIN_SIZE = 4;
  /** One lns step in ODDS is a case (0: no cases). */
  private static final int ODDS = System.getenv("INTERCLUSTER_CASE_ODDS") == null ? 1
      : Integer.parseInt(System.getenv("INTERCLUSTER_CASE_ODDS"));
  static final boolean ON = ODDS > 0;
  /** Cases only while the best schedule is at most max(MAX_GAP, bound) breaks above the bound. */
  private static final int MAX_GAP = 8;
  /** A case asks for at most (the climb's bound + one of these) breaks. */
  private static final int[] SLACK = System.getenv("INTERCLUSTER_CASE_SLACK") == null ? new int[] {0, 1}
      : System.getenv("INTERCLUSTER_CASE_SLACK").chars().map(ch -> ch - '0').toArray();
  private static final boolean DEBUG = System.getenv("INTERCLUSTER_DEBUG") != null;

  private final CpSatModel m;
  private final int[] breakCount;
  private int samples;
  /** Breakers of the current case size; grows after refutations, shrinks after time-outs. */
  private int size = 10;
  private final List<Case> refutedCases = new ArrayList<>();
  private final AnchoredCases anchored;

  BreakerCases(CpSatModel m) {
    this.m = m;
    this.breakCount = new int[m.breaks.length];
    this.anchored = new AnchoredCases(m.breaks, HubPartners.of(m.candidates));
  }

  /** Records a schedule's breaks per participant (a schedule the search met). */
  synchronized void record(int[] perParticipant) {
    for (int q = 0; q < breakCount.length; q++) {
      if (perParticipant[q] > 0) {
        breakCount[q]++;
      }
    }
    anchored.record(perParticipant);
    samples++;
  }

  /** Breakers per drawn case at the moment. */
  synchronized int drawSize() {
    return size;
  }

  synchronized boolean ready() {
    return samples >= MIN_SAMPLES;
  }

  /**
   * The next case when one is due (one step in ODDS once enough schedules were recorded), else null:
   * at most (bound + one of SLACK) breaks and fewer than the best schedule's. None while the best
   * schedule is far above the bound (a weak bound, or a re-plan whose moves keep many breaks): the
   * cases aim at the bound, the neighbourhoods close a wide gap better. The untried {@link AnchoredCases}
   * come first once the bound is near three breaks above the per-participant bounds.
   */
  Case next(long bound, long bestBreaks, SplittableRandom random) {
    if (!ON || bestBreaks - bound > Math.max(MAX_GAP, bound) || !ready() || random.nextInt(ODDS) != 0) {
      return null;
    }
    long anchoredK = AnchoredCases.ON ? anchored.k(bound, bestBreaks) : -1;
    Case a = anchoredK >= 0 ? anchoredCase(anchoredK) : null;
    if (a != null) {
      return a;
    }
    return draw(Math.min(bestBreaks - 1, bound + SLACK[random.nextInt(SLACK.length)]), random);
  }

  /**
   * A case: the chosen breakers (a random size of them may take at most one break more than their lower
   * bound, the others any number), or null when every draw was already refuted at k.
   */
  synchronized Case draw(long k, SplittableRandom random) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Case c = new Case(weightedSample(size, random), k, random.nextBoolean());
      if (!refuted(c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Only the breakers may exceed their lower bound (by one at most when capped), at most k breaks in
   * total.
   */
  record Case(BitSet breakers, long k, boolean capped) {
    /** Breakers, negative when capped (for the debug output). */
    int size() {
      return breakers.cardinality() * (capped ? -1 : 1);
    }
  }

  /**
   * The case model: base plus "only the breakers may exceed their lower bound" and
   * bound <= total breaks <= k, minimising the breaks.
   */
  CpModel subModel(CpModel base, Case c, long bound) {
    CpModel sub = base.getClone();
    for (int q = 0; q < m.breaks.length; q++) {
      IntVar b = m.breaks[q];
      boolean breaker = c.breakers().get(q);
      if (b == null || (breaker && !c.capped())) {
        continue;
      }
      long lb = b.getDomain().min();
      long ub = breaker ? Math.min(b.getDomain().max(), lb + 1) : lb;
      sub.getBuilder().getVariablesBuilder(b.getIndex()).clearDomain().addDomain(lb).addDomain(ub);
    }
    sub.addLessOrEqual(m.totalBreaks, c.k());
    sub.addGreaterOrEqual(m.totalBreaks, Math.min(bound, c.k()));
    sub.minimize(m.totalBreaks);
    return sub;
  }

  /**
   * Solves a case on one worker with presolve (it fixes the held participants), capped in
   * deterministic time; registered in running so that {@link BreakLns#stopAll} can stop it.
   */
  CpSatSearch.Outcome solve(Case c, CpModel sub, double seconds, long seed, java.util.Set<CpSolver> running) {
    CpSolver solver = new CpSolver();
    CaseParameters.of(solver.getParameters(), seconds, seed);
    running.add(solver);
    CpSolverStatus status;
    try {
      status = solver.solve(sub);
    } finally {
      running.remove(solver);
    }
    boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    outcome(c, status == CpSolverStatus.INFEASIBLE, solved);
    if (!solved) {
      return new CpSatSearch.Outcome(status, null, 0, 0, true);
    }
    int[] slots = m.slotsIn(solver);
    if (DEBUG) {
      System.err.println("case solved: " + ranks(Breaks.perParticipant(m.problem, slots)));
    }
    return new CpSatSearch.Outcome(status, slots, Math.round(solver.objectiveValue()), 0, true);
  }

  private synchronized Case anchoredCase(long k) {
    return anchored.next(k, this::refuted);
  }

  /** True while anchored cases at k (the climb's question) are still to come, samples first. */
  synchronized boolean anchoredPending(long k, long bestBreaks) {
    return ON && AnchoredCases.ON && anchored.k(k, bestBreaks) == k && (!ready() || anchored.hasNext(k, this::refuted));
  }

  /** A case's answer: refuted cases are remembered; drawn ones make the next draws larger, time-outs smaller. */
  synchronized void outcome(Case c, boolean refuted, boolean solved) {
    boolean drawn = !anchored.made(c);
    if (refuted) {
      refutedCases.add(c);
      size += drawn ? 1 : 0;
    } else if (!solved && drawn) {
      size = Math.max(MIN_SIZE, size - 1);
    }
  }

  /** True when a refuted case allows everything c allows (at least its breakers, budget and caps). */
  private boolean refuted(Case c) {
    for (Case r : refutedCases) {
      if (r.k() >= c.k() && (c.capped() || !r.capped())) {
        BitSet rest = (BitSet) c.breakers().clone();
        rest.andNot(r.breakers());
        if (rest.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /** For debugging: each breaker of a schedule as participant(breaks)#rank by break count, and the samples. */
  synchronized String ranks(int[] perParticipant) {
    StringBuilder sb = new StringBuilder();
    for (int q = 0; q < perParticipant.length; q++) {
      if (perParticipant[q] > 0) {
        int rank = 1;
        for (int r = 0; r < breakCount.length; r++) {
          rank += breakCount[r] > breakCount[q] ? 1 : 0;
        }
        sb.append(q + 1).append('(').append(perParticipant[q]).append(")#").append(rank).append(' ');
      }
    }
    return sb.append("of ").append(samples).append(" samples").toString();
  }

  /** n participants drawn without replacement, each with weight its break count (Efraimidis-Spirakis keys). */
  private BitSet weightedSample(int n, SplittableRandom random) {
    int np = breakCount.length;
    double[] key = new double[np];
    Integer[] order = new Integer[np];
    for (int q = 0; q < np; q++) {
      order[q] = q;
      key[q] = breakCount[q] == 0 || m.breaks[q] == null ? -1
          : Math.pow(random.nextDouble(), 1.0 / breakCount[q]);
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
    BitSet s = new BitSet(np);
    for (int i = 0; i < n && i < np && key[order[i]] >= 0; i++) {
      s.set(order[i]);
    }
    return s;
  }
}
