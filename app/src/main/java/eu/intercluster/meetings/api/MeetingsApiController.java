package eu.intercluster.meetings.api;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.meetings.AgendaView;
import eu.intercluster.meetings.MeetingAgendas;
import eu.intercluster.meetings.MeetingRequests;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.ParticipantRequests;
import eu.intercluster.meetings.RequestView;
import eu.intercluster.system.InvalidInputException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meeting requests, meetings and agendas over REST ({@code /api/v1/events/{id}/...}); the
 * signed-in user (session or bearer token) sees and changes only their own.
 */
@RestController("meetingsMeetingsApiController")
@RequestMapping("/api/v1/events/{eventId}")
class MeetingsApiController {

  /** A new request: whom to meet, an optional message (at most 500 characters), an optional slot. */
  record NewRequest(Long recipientId, String message, Integer slot) {}

  private final MeetingRequests requests;
  private final MeetingAgendas agendas;
  private final UserAccounts accounts;

  MeetingsApiController(MeetingRequests requests, MeetingAgendas agendas, UserAccounts accounts) {
    this.requests = requests;
    this.agendas = agendas;
    this.accounts = accounts;
  }

  static String username(UserAccounts accounts) {
    return accounts.signedIn().map(UserAccount::username).orElseThrow(() -> new AccessDeniedException("Sign in first"));
  }

  @GetMapping("/requests")
  ParticipantRequests ownRequests(@PathVariable long eventId) {
    return requests.ofParticipant(eventId, username(accounts));
  }

  @PostMapping("/requests")
  ResponseEntity<RequestView> send(@PathVariable long eventId, @RequestBody NewRequest body) {
    if (body == null || body.recipientId() == null) {
      throw new InvalidInputException("recipientId", "is required");
    }
    RequestView sent = requests.send(eventId, username(accounts), body.recipientId(), body.message(), body.slot());
    return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/requests/" + sent.id())).body(sent);
  }

  @PostMapping("/requests/{requestId}/accept")
  MeetingView accept(@PathVariable long eventId, @PathVariable long requestId) {
    return requests.accept(eventId, requestId, username(accounts));
  }

  @PostMapping("/requests/{requestId}/decline")
  RequestView decline(@PathVariable long eventId, @PathVariable long requestId) {
    return requests.decline(eventId, requestId, username(accounts));
  }

  @PostMapping("/requests/{requestId}/cancel")
  RequestView cancel(@PathVariable long eventId, @PathVariable long requestId) {
    return requests.cancel(eventId, requestId, username(accounts));
  }

  @GetMapping("/meetings")
  List<MeetingView> meetings(@PathVariable long eventId) {
    return agendas.visibleMeetings(eventId, username(accounts));
  }

  @PostMapping("/meetings/{meetingId}/cancel")
  MeetingView cancelMeeting(@PathVariable long eventId, @PathVariable long meetingId) {
    return agendas.cancelMeeting(eventId, meetingId, username(accounts));
  }

  @GetMapping("/agenda")
  AgendaView agenda(@PathVariable long eventId) {
    return agendas.agenda(eventId, username(accounts));
  }
}
