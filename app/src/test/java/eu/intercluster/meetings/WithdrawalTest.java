package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.Registrations;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A participant who withdraws frees their meetings, held slots and tables, and partners are told. */
@MeetingsIntegration
class WithdrawalTest {

  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MeetingBook book;
  @Autowired Registrations registrations;
  @Autowired MeetingsTestConfiguration.PublishedEvents published;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private void signIn(String username) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        username, null, List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
  }

  @Test
  void withdrawingCancelsMeetingsAndClosesOpenRequestsSoTheirSlotsAndTablesAreFreeAgain() {
    EventView event = fixture.selfScheduled(1, 2);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    ParticipantView dario = fixture.participant(event, "dario");
    RequestView annaBruno = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    MeetingView meeting = requests.accept(event.id(), annaBruno.id(), bruno.username());
    requests.send(event.id(), carla.username(), anna.id(), "", null);
    assertThat(meeting.slot()).isEqualTo(1);
    assertThat(book.agenda(bruno.id())).hasSize(1);

    signIn(anna.username());
    registrations.withdraw(anna.id());

    assertThat(book.agenda(bruno.id())).as("bruno's meeting with anna is gone").isEmpty();
    assertThat(requests.ofParticipant(event.id(), carla.username()).outgoing())
        .extracting(item -> item.request().status()).containsExactly(RequestStatus.CANCELLED);
    assertThat(published.of(MeetingCancelled.class, event.id()))
        .extracting(MeetingCancelled::meetingId).containsExactly(meeting.id());
    // the only table of slot 1 is free again: carla and dario get it
    RequestView carlaDario = requests.send(event.id(), carla.username(), dario.id(), "", null);
    assertThat(requests.accept(event.id(), carlaDario.id(), dario.username()).slot()).isEqualTo(1);
  }

  @Test
  void withdrawingTwiceChangesNothingMore() {
    EventView event = fixture.selfScheduled(2, 2);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    RequestView request = requests.send(event.id(), anna.username(), bruno.id(), "", null);
    requests.accept(event.id(), request.id(), bruno.username());
    signIn(anna.username());
    registrations.withdraw(anna.id());
    registrations.withdraw(anna.id());
    assertThat(published.of(MeetingCancelled.class, event.id())).hasSize(1);
  }
}
