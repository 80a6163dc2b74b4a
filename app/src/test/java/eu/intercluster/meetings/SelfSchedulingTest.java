package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Booking at acceptance: held slots, the first mutual free slot, free tables, table capacity. */
@MeetingsIntegration
class SelfSchedulingTest {

  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MeetingBook book;

  private MeetingView meet(EventView event, ParticipantView from, ParticipantView to) {
    RequestView request = requests.send(event.id(), from.username(), to.id(), "", null);
    return requests.accept(event.id(), request.id(), to.username());
  }

  @Test
  void theFirstMutualFreeSlotIsHeldAndBookedWithTheFirstFreeTable() {
    EventView event = fixture.selfScheduled(3, 2, 3);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    // dario attends only the second session (slots 3-5)
    ParticipantView dario = fixture.participant(event, "dario", ParticipantStatus.VALIDATED,
        Set.of(fixture.session(event, 1)));
    assertThat(meet(event, anna, bruno).slot()).isEqualTo(1);
    MeetingView second = meet(event, anna, carla);
    assertThat(second.slot()).isEqualTo(2);
    assertThat(second.table()).isEqualTo(1);
    MeetingView third = meet(event, dario, anna);
    assertThat(third.slot()).as("anna is busy in 1 and 2, dario only attends slots 3-5").isEqualTo(3);
    assertThat(third.published()).isTrue();
    assertThat(third.start()).isEqualTo(fixture.slots(event.id()).get(2).start());
    assertThat(book.agenda(anna.id())).extracting(MeetingView::slot).containsExactly(1, 2, 3);
  }

  @Test
  void aPendingRequestHoldsItsSlotForBothSoNobodyElseBooksThem() {
    EventView event = fixture.selfScheduled(5, 3);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    requests.send(event.id(), anna.username(), bruno.id(), "", null);
    MeetingView booked = meet(event, carla, bruno);
    assertThat(booked.slot()).as("slot 1 is held for anna and bruno").isEqualTo(2);
  }

  @Test
  void theRequesterMayChooseAnotherFreeSlotButNotABusyOne() {
    EventView event = fixture.selfScheduled(5, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    meet(event, anna, carla); // slot 1
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), bruno.id(), "", 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("slot 1 is not free");
    RequestView chosen = requests.send(event.id(), anna.username(), bruno.id(), "", 3);
    assertThat(requests.accept(event.id(), chosen.id(), bruno.username()).slot()).isEqualTo(3);
  }

  @Test
  void whenTheHeldSlotHasNoFreeTableLeftTheFirstMutualFreeSlotIsBooked() {
    EventView event = fixture.selfScheduled(1, 3);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    ParticipantView dario = fixture.participant(event, "dario");
    RequestView ab = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    RequestView cd = requests.send(event.id(), carla.username(), dario.id(), "", null);
    assertThat(requests.accept(event.id(), cd.id(), dario.username()).slot()).isEqualTo(1);
    MeetingView moved = requests.accept(event.id(), ab.id(), bruno.username());
    assertThat(moved.slot()).as("slot 1 was held, but its only table is taken").isEqualTo(2);
    assertThat(moved.table()).isEqualTo(1);
  }

  @Test
  void tablesAreLimitedPerSlot() {
    EventView event = fixture.selfScheduled(2, 2);
    ParticipantView[] p = new ParticipantView[6];
    for (int i = 0; i < p.length; i++) {
      p[i] = fixture.participant(event, "p" + i);
    }
    MeetingView first = meet(event, p[0], p[1]);
    MeetingView second = meet(event, p[2], p[3]);
    MeetingView third = meet(event, p[4], p[5]);
    assertThat(first.slot()).isEqualTo(1);
    assertThat(second.slot()).isEqualTo(1);
    assertThat(Set.of(first.table(), second.table())).containsExactlyInAnyOrder(1, 2);
    assertThat(third.slot()).as("both tables of slot 1 are taken").isEqualTo(2);
    assertThat(third.table()).isEqualTo(1);
  }

  @Test
  void withNoFreeSlotAndTableTheAcceptanceIsRefusedWithAClearConflict() {
    EventView event = fixture.selfScheduled(1, 1);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    ParticipantView dario = fixture.participant(event, "dario");
    RequestView ab = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    RequestView cd = requests.send(event.id(), carla.username(), dario.id(), "", null);
    requests.accept(event.id(), ab.id(), bruno.username());
    assertThatThrownBy(() -> requests.accept(event.id(), cd.id(), dario.username()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("No slot is free");
    assertThat(requests.ofParticipant(event.id(), dario.username()).incoming().get(0).pending())
        .as("nothing half-written: the request is still pending").isTrue();
    assertThat(book.meetings(event.id())).hasSize(1);
  }

  @Test
  void aCancelledMeetingFreesItsSlotAndTable() {
    EventView event = fixture.selfScheduled(1, 1);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    RequestView ab = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    requests.accept(event.id(), ab.id(), bruno.username());
    requests.cancel(event.id(), ab.id(), anna.username());
    assertThat(book.meetings(event.id())).isEmpty();
    assertThat(meet(event, carla, bruno).slot()).isEqualTo(1);
  }
}
