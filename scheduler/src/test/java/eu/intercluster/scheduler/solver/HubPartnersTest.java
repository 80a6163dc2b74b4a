package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.scheduler.TinyProblem;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The partners of a packed participant (its meetings of one session fill every slot they can take)
 * rank first among the anchored cases' participants.
 */
class HubPartnersTest {

  /**
   * 6 slots, 3 in the morning: participant 1 meets 2, 3, 4 in the afternoon (its 3 slots: packed);
   * 5 meets 6 and 7 in the afternoon (2 meetings for 3 slots) and 8 at any time.
   */
  private static Problem problem() {
    return TinyProblem.of(8, 6, 4).morningSlots(3).meeting(1, 2, Session.AFTERNOON).meeting(1, 3, Session.AFTERNOON)
        .meeting(1, 4, Session.AFTERNOON).meeting(5, 6, Session.AFTERNOON).meeting(5, 7, Session.AFTERNOON)
        .meeting(5, 8).meeting(2, 6).meeting(3, 7).build();
  }

  @Test
  void partnersOfAParticipantWhoseMeetingsFillTheirSlots() {
    assertThat(HubPartners.of(new Candidates(problem()))).as("2, 3, 4 (indices 1-3)").isEqualTo(bits(1, 2, 3));
    Problem forbidden = TinyProblem.of(8, 6, 4).morningSlots(3).meeting(5, 6, Session.AFTERNOON)
        .meeting(5, 7, Session.AFTERNOON).forbid(5, 4).build();
    assertThat(HubPartners.of(new Candidates(forbidden))).as("5 fills slots 5-6 (4 forbidden)").isEqualTo(bits(5, 6));
    Problem fixed = TinyProblem.of(8, 6, 4).morningSlots(3).fixed(5, 6, 4).fixed(5, 7, 5).build();
    assertThat(HubPartners.of(new Candidates(fixed))).as("fixed meetings pack nothing").isEqualTo(new BitSet());
  }

  @Test
  void anchoredCasesRankTheHubPartnersFirst() {
    CpSatModel m = new CpSatModel(new Candidates(problem()), 2);
    AnchoredCases a = new AnchoredCases(m.breaks, HubPartners.of(m.candidates));
    // 5-8 (indices 4-7) above their bound in every sample, 2-4 (indices 1-3) and 1 in one.
    for (int i = 0; i < 5; i++) {
      a.record(new int[] {0, 0, 0, 0, 1, 1, 1, 1});
    }
    a.record(new int[] {1, 1, 1, 1, 0, 0, 0, 0});
    assertThat(a.next(3, c -> false).breakers()).as("2, 3, 4 first, then 5 (most often), then 1 (fewest index)")
        .isEqualTo(bits(1, 2, 3, 4, 5));
    AnchoredCases plain = new AnchoredCases(m.breaks);
    for (int i = 0; i < 5; i++) {
      plain.record(new int[] {0, 0, 0, 0, 1, 1, 1, 1});
    }
    plain.record(new int[] {1, 1, 1, 1, 0, 0, 0, 0});
    assertThat(plain.next(3, c -> false).breakers()).as("by the counts alone").isEqualTo(bits(0, 4, 5, 6, 7));
  }

  private static BitSet bits(int... qs) {
    BitSet b = new BitSet();
    for (int q : qs) {
      b.set(q);
    }
    return b;
  }
}
