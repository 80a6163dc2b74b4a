package eu.intercluster.notifications;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.system.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brokerage event in Bologna (Europe/Rome) on Tuesday 13 May 2031 and its participants, as the
 * events and meetings modules would answer, for the fakes of {@link EventDirectory} and
 * {@link eu.intercluster.meetings.MeetingBook}.
 */
final class MailFixtures {

  static final ZoneId ROME = ZoneId.of("Europe/Rome");
  static final String TITLE = "Emilia-Romagna meets Catalonia";
  static final String BASE_URL = "https://b2b.example.org";

  static final long ANNA = 1001;
  static final long MARCO = 1002;
  static final long CARLA = 1003;
  static final long DAVID = 1004;

  private MailFixtures() {}

  static EventView event(long id) {
    return new EventView(id, TITLE, EventKind.BROKERAGE_EVENT, "Bologna Fiere", ROME,
        LocalDate.of(2031, 5, 13), LocalDate.of(2031, 5, 14), 20, SchedulingMode.ORGANISER, 10,
        Duration.ofDays(3), null, null, null, null, null, "organiser", List.of());
  }

  /** English speaker. */
  static ParticipantView anna(long eventId) {
    return participant(ANNA, eventId, "anna", "Anna Smith", "anna@alpha.example", "Alpha Ltd",
        List.of("en"), ParticipantStatus.VALIDATED, "tok-anna");
  }

  /** Italian first. */
  static ParticipantView marco(long eventId) {
    return participant(MARCO, eventId, "marco", "Marco Bianchi", "marco@beta.example", "Beta SpA",
        List.of("it", "en"), ParticipantStatus.VALIDATED, "tok-marco");
  }

  /** Speaks Italian, but English first: gets English mail. Validated, no meetings. */
  static ParticipantView carla(long eventId) {
    return participant(CARLA, eventId, "carla", "Carla Puig", "carla@gamma.example", "Gamma SL",
        List.of("en", "it"), ParticipantStatus.VALIDATED, "tok-carla");
  }

  /** Registration still pending. */
  static ParticipantView david(long eventId) {
    return participant(DAVID, eventId, "david", "David Roca", "david@delta.example", "Delta SA",
        List.of("en"), ParticipantStatus.PENDING, "tok-david");
  }

  static ParticipantView participant(long id, long eventId, String username, String name, String email,
      String organisation, List<String> languages, ParticipantStatus status, String token) {
    return new ParticipantView(id, eventId, username, name, email, "Manager", 7L, organisation, "IT",
        "COMPANY", "", Set.of("AI"), languages, status, true, Set.of(), false, token);
  }

  /** A published meeting of Anna and Marco at 10:30 Rome time (given in UTC), table 4. */
  static MeetingView meetingAt1030(long id, long eventId) {
    ZonedDateTime start = ZonedDateTime.of(2031, 5, 13, 8, 30, 0, 0, ZoneOffset.UTC);
    return new MeetingView(id, eventId, 500 + id, ANNA, MARCO, 3, 4, start, start.plusMinutes(20), true, false);
  }

  static SlotView firstSlot() {
    ZonedDateTime start = ZonedDateTime.of(2031, 5, 13, 9, 0, 0, 0, ROME);
    return new SlotView(1, 1, "Morning", start, start.plusMinutes(20));
  }

  /** Stubs the directory: the event and the given participants; unknown ids are not found. */
  static void stub(EventDirectory events, EventView event, ParticipantView... participants) {
    Map<Long, ParticipantView> byId = new java.util.HashMap<>();
    for (ParticipantView participant : participants) {
      byId.put(participant.id(), participant);
    }
    when(events.event(event.id())).thenReturn(event);
    when(events.participant(anyLong())).thenAnswer(call -> {
      ParticipantView found = byId.get(call.<Long>getArgument(0));
      if (found == null) {
        throw new NotFoundException("participant", call.getArgument(0));
      }
      return found;
    });
    when(events.participants(event.id())).thenReturn(List.of(participants));
  }

  /** A TCP port nobody listens on at the moment of asking. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
