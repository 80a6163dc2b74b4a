package eu.intercluster.scheduler.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rounds of the extra-break split: short reseeded tries without phase saving, or doubling caps. */
class SplitRoundTest {

  @Test
  void reseedingKeepsTheCapAndChangesTheSeedWithoutPhaseSaving() {
    SplitRound first = SplitRound.first(4.0, 0.3, 7, true);
    assertThat(first.phaseSaving()).isFalse();
    SplitRound third = first.next().next();
    assertThat(third.cap()).isEqualTo(4.0);
    assertThat(third.groupCap()).isEqualTo(0.3);
    assertThat(third.seed()).isEqualTo(9);
    assertThat(third.phaseSaving()).isFalse();
  }

  @Test
  void afterTheShortRoundsAReseededCapDoublesSoThatEveryCaseIsEventuallyRefuted() {
    SplitRound round = SplitRound.first(4.0, 0.3, 7, true);
    for (int i = 0; i < SplitRound.SHORT_ROUNDS; i++) {
      round = round.next();
    }
    assertThat(round.cap()).isEqualTo(8.0);
    assertThat(round.next().cap()).isEqualTo(16.0);
    assertThat(round.phaseSaving()).isFalse();
  }

  @Test
  void withoutReseedingTheCapDoublesAndPhaseSavingStays() {
    SplitRound first = SplitRound.first(4.0, 0.3, 7, false);
    assertThat(first.phaseSaving()).isTrue();
    SplitRound third = first.next().next();
    assertThat(third.cap()).isEqualTo(16.0);
    assertThat(third.seed()).isEqualTo(9);
    assertThat(third.phaseSaving()).isTrue();
  }
}
