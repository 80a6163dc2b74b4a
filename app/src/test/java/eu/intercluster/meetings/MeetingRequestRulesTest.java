package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of sending and answering requests, through the service. */
@MeetingsIntegration
class MeetingRequestRulesTest {

  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MeetingBook book;
  @Autowired MeetingsTestConfiguration.PublishedEvents published;

  @Test
  void aRequestIsSentAndPublished() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    RequestView sent = requests.send(event.id(), anna.username(), bruno.id(), "  Shall we talk about hydrogen? ", null);
    assertThat(sent.status()).isEqualTo(RequestStatus.PENDING);
    assertThat(sent.message()).isEqualTo("Shall we talk about hydrogen?");
    assertThat(sent.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(1)));
    assertThat(published.of(MeetingRequested.class, event.id())).singleElement()
        .satisfies(e -> assertThat(e.recipientId()).isEqualTo(bruno.id()));
    assertThat(requests.ofParticipant(event.id(), bruno.username()).incoming()).extracting(RequestItem::id)
        .containsExactly(sent.id());
  }

  @Test
  void nobodyRequestsAMeetingWithThemself() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), anna.id(), "", null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("recipientId")
        .hasMessageContaining("yourself");
  }

  @Test
  void aSecondOpenRequestBetweenTheSamePairIsRefusedInEitherDirection() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    requests.send(event.id(), anna.username(), bruno.id(), "", null);
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), bruno.id(), "", null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already an open");
    assertThatThrownBy(() -> requests.send(event.id(), bruno.username(), anna.id(), "", null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aDeclinedRequestMayBeSentAgain() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    RequestView first = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    requests.decline(event.id(), first.id(), bruno.username());
    assertThat(requests.send(event.id(), anna.username(), bruno.id(), "again", null).status())
        .isEqualTo(RequestStatus.PENDING);
    assertThat(published.of(RequestDeclined.class, event.id())).hasSize(1);
  }

  @Test
  void theQuotaCountsRequestsSent() {
    EventView event = fixture.event(fixture.user("owner"), SchedulingMode.ORGANISER, 2, 2,
        Duration.ofDays(1), 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView b = fixture.participant(event, "b");
    ParticipantView c = fixture.participant(event, "c");
    ParticipantView d = fixture.participant(event, "d");
    requests.send(event.id(), anna.username(), b.id(), "", null);
    RequestView second = requests.send(event.id(), anna.username(), c.id(), "", null);
    requests.decline(event.id(), second.id(), c.username());
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), d.id(), "", null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("2 requests");
    // receiving does not count
    assertThat(requests.send(event.id(), d.username(), anna.id(), "", null).status()).isEqualTo(RequestStatus.PENDING);
  }

  @Test
  void onlyValidatedParticipantsRequestAndAreRequested() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView pending = fixture.participant(event, "pending", ParticipantStatus.PENDING, Set.of());
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), pending.id(), "", null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a validated participant");
    assertThatThrownBy(() -> requests.send(event.id(), pending.username(), anna.id(), "", null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("not been validated");
  }

  @Test
  void participantsOfAnotherEventCannotBeRequested() {
    EventView event = fixture.organiserScheduled(2, 4);
    EventView other = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView elsewhere = fixture.participant(other, "elsewhere");
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), elsewhere.id(), "", null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not registered for this event");
  }

  @Test
  void messagesAreAtMost500Characters() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    assertThatThrownBy(() -> requests.send(event.id(), anna.username(), bruno.id(), "x".repeat(501), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("message");
    assertThat(requests.send(event.id(), anna.username(), bruno.id(), "x".repeat(500), null)).isNotNull();
  }

  @Test
  void requestsAreSentOnlyWhileBookingIsOpen() {
    Instant now = Instant.now();
    EventView notYet = fixture.event(fixture.user("owner"), SchedulingMode.ORGANISER, 2, 0,
        Duration.ofDays(1), now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(5)), 4);
    EventView over = fixture.event(fixture.user("owner"), SchedulingMode.ORGANISER, 2, 0,
        Duration.ofDays(1), now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)), 4);
    for (EventView event : new EventView[] {notYet, over}) {
      ParticipantView anna = fixture.participant(event, "anna");
      ParticipantView bruno = fixture.participant(event, "bruno");
      assertThatThrownBy(() -> requests.send(event.id(), anna.username(), bruno.id(), "", null))
          .isInstanceOf(ConflictException.class).hasMessageContaining("booking");
    }
  }

  @Test
  void unansweredRequestsExpireAndReleaseTheirHeldSlot() {
    EventView event = fixture.event(fixture.user("owner"), SchedulingMode.SELF_SCHEDULING, 1, 0,
        Duration.ofHours(1), 1);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    RequestView held = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    assertThat(requests.ofParticipant(event.id(), anna.username()).outgoing().get(0).heldSlot().number()).isEqualTo(1);
    // anna holds the only slot: carla's request gets no slot
    RequestView blocked = requests.send(event.id(), carla.username(), anna.id(), "", null);
    assertThat(requests.ofParticipant(event.id(), carla.username()).outgoing().get(0).heldSlot()).isNull();

    assertThat(requests.expireDue(Instant.now())).isZero();
    assertThat(requests.expireDue(Instant.now().plus(Duration.ofMinutes(61)))).isEqualTo(2);

    assertThat(published.of(RequestExpired.class, event.id())).extracting(RequestExpired::requestId)
        .containsExactlyInAnyOrder(held.id(), blocked.id());
    assertThatThrownBy(() -> requests.accept(event.id(), held.id(), bruno.username()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
    // the slot is free again: a new request holds it and is booked into it
    RequestView again = requests.send(event.id(), carla.username(), anna.id(), "", null);
    MeetingView meeting = requests.accept(event.id(), again.id(), anna.username());
    assertThat(meeting.slot()).isEqualTo(1);
  }

  @Test
  void contactDetailsAreShownOnlyOnceAccepted() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    RequestView sent = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    PartnerView before = requests.ofParticipant(event.id(), bruno.username()).incoming().get(0).partner();
    assertThat(before.email()).isNull();
    assertThat(before.jobTitle()).isNull();
    requests.accept(event.id(), sent.id(), bruno.username());
    PartnerView after = requests.ofParticipant(event.id(), bruno.username()).incoming().get(0).partner();
    assertThat(after.email()).isEqualTo(anna.email());
    assertThat(requests.ofParticipant(event.id(), anna.username()).outgoing().get(0).partner().email())
        .isEqualTo(bruno.email());
  }

  @Test
  void underOrganiserSchedulingAnAcceptedMeetingWaitsForTheSchedule() {
    EventView event = fixture.organiserScheduled(2, 4);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    RequestView sent = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    MeetingView meeting = requests.accept(event.id(), sent.id(), bruno.username());
    assertThat(meeting.slot()).isNull();
    assertThat(meeting.published()).isFalse();
    assertThat(book.agenda(anna.id())).isEmpty();
    assertThat(book.requestCounts(event.id())).isEqualTo(new RequestCounts(1, 0, 1, 0, 0, 0, 0));
    assertThat(published.of(RequestAccepted.class, event.id())).hasSize(1);
  }
}
