package eu.intercluster.scheduler.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.scheduler.model.Precedence;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import org.junit.jupiter.api.Test;

class DznReaderTest {

  private static final String DZN = """
      nBusiness = 3;
      nMeetings = 3;
      nTables = 2;
      nTotalSlots = 4;
      nMorningSlots = 2;

      requested = [|1, 2,1,\s
      |1, 3,3,\s
      |3, 2,2,\s
      |];
      meetingsxBusiness = [{1,2,3},{1,2,4},{1,3,4}];
      nMeetingsBusiness = [2,2,2];
      forbidden = [{0},{0,4},{0}];
      fixed = [0,3,0];
      precedences = [{},{1},{}];
      """;

  @Test
  void readsMeetingsSessionsForbiddenFixedAndPrecedences() {
    Problem p = new DznReader().read("tiny", DZN);
    assertThat(p.participants()).hasSize(3);
    assertThat(p.slotCount()).isEqualTo(4);
    assertThat(p.morningSlots()).isEqualTo(2);
    assertThat(p.tableCount()).isEqualTo(2);
    assertThat(p.meeting(1).first()).isEqualTo(1);
    assertThat(p.meeting(1).second()).isEqualTo(2);
    assertThat(p.meeting(1).session()).isEqualTo(Session.MORNING);
    assertThat(p.meeting(3).session()).isEqualTo(Session.AFTERNOON);
    assertThat(p.meeting(2).fixedSlot()).isEqualTo(3);
    assertThat(p.participant(1).forbiddenSlots()).isEmpty();
    assertThat(p.participant(2).forbiddenSlots()).containsExactly(4);
    assertThat(p.precedences()).containsExactly(new Precedence(1, 2));
  }

  @Test
  void rejectsMissingFieldWithItsName() {
    assertThatThrownBy(() -> new DznReader().read("x", "nBusiness = 2;"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing field 'nMeetings'");
  }

  @Test
  void rejectsMeetingCountMismatch() {
    assertThatThrownBy(() -> new DznReader().read("x", DZN.replace("nMeetings = 3", "nMeetings = 4")))
        .hasMessageContaining("requested has 9 numbers, expected 3 x nMeetings = 12");
  }
}
