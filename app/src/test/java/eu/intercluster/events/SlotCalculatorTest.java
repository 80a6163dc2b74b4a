package eu.intercluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.system.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final LocalDate DAY = LocalDate.of(2026, 5, 12);

  static SlotCalculator.Session session(long id, LocalDate day, String start, String end, int meeting,
      int pause, String... breaks) {
    return new SlotCalculator.Session(id, "S" + id, day, LocalTime.parse(start), LocalTime.parse(end), meeting,
        pause, List.of(breaks));
  }

  static List<String> starts(List<SlotView> slots) {
    return slots.stream().map(s -> s.start().toLocalTime().toString()).toList();
  }

  @Test
  void slotsFillTheSessionWithMeetingsAndPauses() {
    List<SlotView> slots = SlotCalculator.slots(ROME, List.of(session(1, DAY, "09:00", "10:00", 20, 0)));
    assertThat(starts(slots)).containsExactly("09:00", "09:20", "09:40");
    assertThat(slots.get(2).end().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(slots).extracting(SlotView::number).containsExactly(1, 2, 3);

    List<SlotView> paused = SlotCalculator.slots(ROME, List.of(session(1, DAY, "09:00", "10:00", 20, 5)));
    assertThat(starts(paused)).containsExactly("09:00", "09:25");
    assertThat(paused.get(1).end().toLocalTime()).isEqualTo(LocalTime.of(9, 45));
  }

  @Test
  void aSlotThatDoesNotFitBeforeTheEndIsNotMade() {
    assertThat(SlotCalculator.slots(ROME, List.of(session(1, DAY, "09:00", "09:50", 30, 0)))).hasSize(1);
    assertThat(SlotCalculator.slots(ROME, List.of(session(1, DAY, "09:00", "09:29", 30, 0)))).isEmpty();
  }

  @Test
  void slotsOverlappingABreakAreSkippedAndResumeAtItsEnd() {
    List<SlotView> slots = SlotCalculator.slots(ROME,
        List.of(session(1, DAY, "09:00", "12:00", 30, 0, "10:15-10:45")));
    // 09:00, 09:30 fit; 10:00-10:30 overlaps the break; slots resume at 10:45.
    assertThat(starts(slots)).containsExactly("09:00", "09:30", "10:45", "11:15");
    assertThat(slots).allSatisfy(s -> assertThat(
        s.end().toLocalTime().isAfter(LocalTime.of(10, 15)) && s.start().toLocalTime().isBefore(LocalTime.of(10, 45)))
        .isFalse());
  }

  @Test
  void aSlotEndingExactlyWhenTheBreakStartsIsKept() {
    List<SlotView> slots = SlotCalculator.slots(ROME,
        List.of(session(1, DAY, "09:00", "11:00", 30, 0, "10:00-10:30")));
    assertThat(starts(slots)).containsExactly("09:00", "09:30", "10:30");
  }

  @Test
  void slotsOfAllSessionsAreNumberedInTimeOrderWhateverTheInputOrder() {
    SlotCalculator.Session afternoon = session(7, DAY, "14:00", "15:00", 30, 0);
    SlotCalculator.Session morning = session(9, DAY, "09:00", "10:00", 30, 0);
    SlotCalculator.Session nextDay = session(3, DAY.plusDays(1), "09:00", "09:30", 30, 0);
    List<SlotView> slots = SlotCalculator.slots(ROME, List.of(nextDay, afternoon, morning));
    assertThat(slots).extracting(SlotView::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(slots).extracting(SlotView::sessionId).containsExactly(9L, 9L, 7L, 7L, 3L);
    assertThat(slots.get(4).start().toLocalDate()).isEqualTo(DAY.plusDays(1));
    assertThat(slots.get(0).sessionName()).isEqualTo("S9");
  }

  @Test
  void slotTimesCarryTheEventZoneAndItsOffset() {
    List<SlotView> winter = SlotCalculator.slots(ROME, List.of(session(1, LocalDate.of(2026, 3, 28), "09:00", "09:30", 30, 0)));
    List<SlotView> summer = SlotCalculator.slots(ROME, List.of(session(1, LocalDate.of(2026, 3, 29), "09:00", "09:30", 30, 0)));
    assertThat(winter.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(summer.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(summer.get(0).start().toInstant().toString()).isEqualTo("2026-03-29T07:00:00Z");
    assertThat(summer.get(0).start().getZone()).isEqualTo(ROME);
  }

  @Test
  void aSessionAcrossTheSpringDstChangeInRomeHasOnlyRealMeetingTime() {
    // 29 March 2026: clocks go from 02:00 to 03:00; 01:00-04:00 local is two real hours.
    List<SlotView> slots = SlotCalculator.slots(ROME,
        List.of(session(1, LocalDate.of(2026, 3, 29), "01:00", "04:00", 30, 0)));
    assertThat(starts(slots)).containsExactly("01:00", "01:30", "03:00", "03:30");
    assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).isEqualTo(Duration.ofMinutes(30)));
    assertThat(slots).extracting(s -> s.start().toInstant()).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void aSessionAcrossTheAutumnDstChangeInRomeHasTheRepeatedHour() {
    // 25 October 2026: clocks go back from 03:00 to 02:00; 01:00-04:00 local is four real hours.
    List<SlotView> slots = SlotCalculator.slots(ROME,
        List.of(session(1, LocalDate.of(2026, 10, 25), "01:00", "04:00", 60, 0)));
    assertThat(slots).hasSize(4);
    assertThat(starts(slots)).containsExactly("01:00", "02:00", "02:00", "03:00");
    assertThat(slots.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(slots.get(2).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(slots).extracting(s -> s.start().toInstant()).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void breaksAreParsedAndChecked() {
    assertThat(SlotCalculator.parseBreak("9:30 - 10:00", "breaks")).containsExactly(LocalTime.of(9, 30), LocalTime.of(10, 0));
    assertThatThrownBy(() -> SlotCalculator.parseBreak("coffee", "breaks")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("breaks");
    assertThatThrownBy(() -> SlotCalculator.parseBreak("11:00-10:00", "breaks")).isInstanceOf(InvalidInputException.class);
    SessionInput outside = new SessionInput("B2B", DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 0,
        List.of("12:30-13:00"));
    assertThat(SlotCalculator.check(outside)).extracting(p -> p.field()).containsExactly("breaks");
  }

  @Test
  void sessionSettingsOutOfRangeAreNamed() {
    SessionInput bad = new SessionInput(" ", DAY, LocalTime.of(12, 0), LocalTime.of(9, 0), 4, 61, List.of());
    assertThat(SlotCalculator.check(bad)).extracting(p -> p.field())
        .containsExactlyInAnyOrder("name", "end", "meetingMinutes", "pauseMinutes");
    SessionInput good = new SessionInput("B2B", DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 120, 60, List.of());
    assertThat(SlotCalculator.check(good)).isEmpty();
  }
}
