package eu.intercluster.scheduler.solver;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import java.util.SplittableRandom;

/**
 * A neighbourhood of the break search that frees every meeting but caps every participant's breaks
 * at its count in the incumbent (a few random participants excepted) and asks for fewer breaks in
 * total: nobody may get worse, so someone must get better. Most participants are then held at 0
 * breaks and presolve fixes most of the model, as in {@link ExtraBreakSplit}; unlike the meeting
 * neighbourhoods of {@link BreakLns}, whole runs of meetings can move across the day.
 */
final class BreakCapNeighbourhood {

  /** Participants allowed to exceed their incumbent breaks (the rest are capped). */
  static final int UNCAPPED = 2;

  private BreakCapNeighbourhood() {}

  static CpModel subModel(CpModel base, CpSatModel m, int[] incumbent, int incumbentBreaks, long target,
      SplittableRandom random) {
    CpModel sub = base.getClone();
    int[] breaks = Breaks.perParticipant(m.problem, incumbent);
    int np = m.breaks.length;
    boolean[] uncapped = new boolean[np];
    for (int i = 0; i < UNCAPPED; i++) {
      uncapped[random.nextInt(np)] = true;
    }
    for (int q = 0; q < np; q++) {
      IntVar b = m.breaks[q];
      if (b == null || uncapped[q]) {
        continue;
      }
      long lb = b.getDomain().min();
      long ub = Math.min(b.getDomain().max(), Math.max(lb, breaks[q]));
      sub.getBuilder().getVariablesBuilder(b.getIndex()).clearDomain().addDomain(lb).addDomain(ub);
    }
    for (int i = 0; i < m.x.length; i++) {
      int[] cand = m.candidates.slots[i];
      for (int k = 0; k < cand.length; k++) {
        sub.addHint(m.x[i][k], cand[k] == incumbent[i]);
      }
    }
    sub.addLessOrEqual(m.totalBreaks, incumbentBreaks - 1);
    sub.addGreaterOrEqual(m.totalBreaks, target);
    sub.minimize(m.totalBreaks);
    return sub;
  }
}
