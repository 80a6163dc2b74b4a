package eu.intercluster.scheduler.solver;

/**
 * How one round of {@link ExtraBreakSplit} searches its cases: the cap per single case and per group
 * case (deterministic time), the CP-SAT seed, and whether CP-SAT keeps phase saving.
 *
 * <p>Reseeding (the default): the first {@link #SHORT_ROUNDS} rounds keep the first cap, every round
 * runs CP-SAT without phase saving and takes the next seed. A solvable case that one seed leaves open
 * often falls to another within a few units, so short tries beat long ones: forum-13crafc.forb0007's
 * one solvable case (only participant 70 may break) is found within 4 units by 7 of 20 seeds without
 * phase saving, and by 1 of 13 seeds within 18 units with it. After the short rounds the cap doubles, so
 * that a case needing more than the first cap to be refuted still is, and the split still proves.
 * Without reseeding (the rule until session 15) the cap doubles from the first round and phase saving
 * stays on.
 */
record SplitRound(double cap, double groupCap, long seed, boolean reseeding, int index) {
  static final int SHORT_ROUNDS = 3;

  static SplitRound first(double cap, double groupCap, long seed, boolean reseeding) {
    return new SplitRound(cap, groupCap, seed, reseeding, 0);
  }

  /** Whether CP-SAT keeps phase saving: only under the old rule. */
  boolean phaseSaving() {
    return !reseeding;
  }

  SplitRound next() {
    boolean keepCap = reseeding && index + 1 < SHORT_ROUNDS;
    return new SplitRound(keepCap ? cap : cap * 2, groupCap, seed + 1, reseeding, index + 1);
  }
}
