package eu.intercluster.outcomes.api;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.Attendance;
import eu.intercluster.outcomes.EventStatistics;
import eu.intercluster.outcomes.EventStats;
import eu.intercluster.outcomes.FeedbackInput;
import eu.intercluster.outcomes.FeedbackView;
import eu.intercluster.outcomes.MeetingOutcome;
import eu.intercluster.outcomes.MeetingOutcomes;
import eu.intercluster.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcomes for scripts: statistics and attendance (organisers), a meeting's outcome (organisers and
 * its two participants), one's own feedback (the two participants).
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}")
class OutcomesApiController {

  /** Attendance to set; null clears it. */
  record AttendanceBody(Attendance attendance) {}

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final MeetingOutcomes outcomes;
  private final EventStatistics statistics;
  private final UserAccounts accounts;

  OutcomesApiController(EventDirectory events, MeetingBook meetings, MeetingOutcomes outcomes,
      EventStatistics statistics, UserAccounts accounts) {
    this.events = events;
    this.meetings = meetings;
    this.outcomes = outcomes;
    this.statistics = statistics;
    this.accounts = accounts;
  }

  @GetMapping("/stats")
  EventStats stats(@PathVariable long eventId) {
    events.event(eventId);
    if (!events.isOrganiser(eventId, username())) {
      throw new AccessDeniedException("only the event's organisers may read its statistics");
    }
    return statistics.stats(eventId);
  }

  @GetMapping("/meetings/{meetingId}/outcome")
  MeetingOutcome outcome(@PathVariable long eventId, @PathVariable long meetingId) {
    MeetingView meeting = meetingOf(eventId, meetingId);
    String user = username();
    boolean participant = events.participantOf(eventId, user).map(p -> meeting.involves(p.id())).orElse(false);
    if (!participant && !events.isOrganiser(eventId, user)) {
      throw new AccessDeniedException("only the organisers and the meeting's participants may read this");
    }
    return outcomes.outcome(meetingId);
  }

  @PutMapping("/meetings/{meetingId}/attendance")
  MeetingOutcome attendance(@PathVariable long eventId, @PathVariable long meetingId,
      @RequestBody AttendanceBody body) {
    meetingOf(eventId, meetingId);
    return outcomes.markAttendance(meetingId, body.attendance(), username());
  }

  @PutMapping("/meetings/{meetingId}/feedback")
  FeedbackView feedback(@PathVariable long eventId, @PathVariable long meetingId, @RequestBody FeedbackInput body) {
    meetingOf(eventId, meetingId);
    return outcomes.saveFeedback(meetingId, body, username());
  }

  private MeetingView meetingOf(long eventId, long meetingId) {
    MeetingView meeting = meetings.meeting(meetingId);
    if (meeting.eventId() != eventId) {
      throw new NotFoundException("meeting", meetingId);
    }
    return meeting;
  }

  private String username() {
    return accounts.signedIn().map(UserAccount::username)
        .orElseThrow(() -> new AccessDeniedException("sign in first"));
  }
}
