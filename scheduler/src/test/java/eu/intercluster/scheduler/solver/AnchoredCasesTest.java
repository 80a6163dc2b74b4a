package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Problem;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Anchored cases: the four participants most often above their own lower bound plus each other one in
 * turn, capped, each once per k; at three breaks above the per-participant bounds from one below it,
 * else at the bound; {@link BreakerCases} tries them before its draws.
 */
class AnchoredCasesTest {

  /** Participant 1 (index 0) meets 2 and 3 in slots 1 and 3 (slot 2 forbidden): its own bound is 1. */
  private static CpSatModel model() {
    Problem p = TinyProblem.of(9, 6, 4).meeting(1, 2).meeting(1, 3).forbid(1, 2, 4, 5, 6).meeting(4, 5)
        .meeting(5, 6).meeting(6, 7).meeting(7, 8).meeting(8, 9).meeting(4, 9).build();
    return new CpSatModel(new Candidates(p), 2);
  }

  @Test
  void anchorsAreTheParticipantsMostOftenAboveTheirOwnBoundNotTheMostFrequentBreakers() {
    CpSatModel m = model();
    assertThat(m.breaks[0].getDomain().min()).as("participant 1 always breaks once").isEqualTo(1);
    AnchoredCases a = new AnchoredCases(m.breaks);
    assertThat(AnchoredCases.ANCHORS).isEqualTo(4);
    int[] many = {1, 0, 0, 1, 1, 1, 1, 1, 0};
    int[] few = {1, 0, 0, 1, 1, 1, 1, 0, 1};
    for (int i = 0; i < 5; i++) {
      a.record(many);
    }
    a.record(few);
    // Above the bound: 4-7 six times, 8 five times, 9 once; 1 breaks every time but only at its bound.
    assertThat(a.next(3, c -> c.breakers().get(7)).breakers()).as("{4,5,6,7,8} refuted: the next one")
        .isEqualTo(bits(3, 4, 5, 6, 8));
    assertThat(a.next(3, c -> false).breakers()).as("{4,5,6,7,8} not refuted here").isEqualTo(bits(3, 4, 5, 6, 7));
    assertThat(a.next(3, c -> false)).as("every case tried at 3").isNull();
    BreakerCases.Case again = a.next(4, c -> false);
    assertThat(again.breakers()).as("again at 4").isEqualTo(bits(3, 4, 5, 6, 7));
    assertThat(again.capped()).isTrue();
    assertThat(again.k()).isEqualTo(4);
  }

  @Test
  void casesAtThreeAboveTheBoundSumFromOneBelowItElseAtTheBound() {
    AnchoredCases a = new AnchoredCases(model().breaks); // bound sum 1: participant 1's
    assertThat(a.k(2, 9)).as("bound 2: too far below 4").isEqualTo(-1);
    assertThat(a.k(3, 9)).as("bound 3: ahead at 4").isEqualTo(4);
    assertThat(a.k(3, 4)).as("never at the best schedule").isEqualTo(-1);
    assertThat(a.k(4, 9)).isEqualTo(4);
    assertThat(a.k(6, 9)).as("above: at the bound").isEqualTo(6);
  }

  @Test
  void breakerCasesTryTheAnchoredCasesFirst() {
    CpSatModel m = model();
    BreakerCases cases = new BreakerCases(m);
    int[] per = {1, 0, 0, 1, 1, 1, 1, 1, 0};
    for (int i = 0; i < BreakerCases.MIN_SAMPLES; i++) {
      cases.record(per);
    }
    BreakerCases.Case c = cases.next(3, 6, new SplittableRandom(1));
    assertThat(c.breakers()).isEqualTo(bits(3, 4, 5, 6, 7));
    assertThat(c.k()).isEqualTo(4);
    assertThat(c.capped()).isTrue();
    cases.outcome(c, true, false);
    assertThat(cases.drawSize()).as("an anchored refutation leaves the draws' size").isEqualTo(10);
    BreakerCases.Case drawn = cases.next(3, 6, new SplittableRandom(1));
    assertThat(drawn.k()).as("no anchored case left: the usual draw at the bound").isBetween(3L, 4L);
    assertThat(drawn.breakers()).as("the draw adds 1 (index 0), who breaks at its bound")
        .isEqualTo(bits(0, 3, 4, 5, 6, 7));
    cases.outcome(drawn, true, false);
    assertThat(cases.drawSize()).as("a drawn refutation grows it").isEqualTo(11);
  }

  @Test
  void theClimbWaitsOnlyWhileAnchoredCasesAtItsOwnQuestionAreStillToCome() {
    BreakerCases cases = new BreakerCases(model()); // bound sum 1: the anchored cases run at 4
    assertThat(cases.anchoredPending(4, 9)).as("no samples yet: the cases are still to come").isTrue();
    assertThat(cases.anchoredPending(3, 9)).as("the climb at 3, the cases at 4").isFalse();
    assertThat(cases.anchoredPending(4, 4)).as("the best schedule is at 4 already").isFalse();
    int[] per = {1, 0, 0, 1, 1, 1, 1, 1, 0};
    for (int i = 0; i < BreakerCases.MIN_SAMPLES; i++) {
      cases.record(per);
    }
    assertThat(cases.anchoredPending(4, 9)).isTrue();
    assertThat(cases.anchoredPending(4, 9)).as("asking takes no case").isTrue();
    BreakerCases.Case c = cases.next(4, 9, new SplittableRandom(1));
    assertThat(c.breakers()).isEqualTo(bits(3, 4, 5, 6, 7));
    assertThat(cases.anchoredPending(4, 9)).as("the only anchored case handed out").isFalse();
  }

  private static BitSet bits(int... qs) {
    BitSet b = new BitSet();
    for (int q : qs) {
      b.set(q);
    }
    return b;
  }
}
