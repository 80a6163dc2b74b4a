package eu.intercluster.outcomes.web;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Server-side checks of the outcomes pages: who is signed in, organises the event, or is in the meeting. */
@Component
class EventGuard {

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final UserAccounts accounts;

  EventGuard(EventDirectory events, MeetingBook meetings, UserAccounts accounts) {
    this.events = events;
    this.meetings = meetings;
    this.accounts = accounts;
  }

  String username() {
    return accounts.signedIn().map(UserAccount::username)
        .orElseThrow(() -> new AccessDeniedException("sign in first"));
  }

  /** The event, when the signed-in user organises it. */
  EventView organisedEvent(long eventId) {
    EventView event = events.event(eventId);
    if (!events.isOrganiser(eventId, username())) {
      throw new AccessDeniedException("only the event's organisers may see this");
    }
    return event;
  }

  /** The signed-in user's participant record at the event. */
  ParticipantView me(long eventId) {
    events.event(eventId);
    return events.participantOf(eventId, username())
        .orElseThrow(() -> new AccessDeniedException("you are not a participant of event " + eventId));
  }

  /** A meeting of the event (404 when it belongs to another one). */
  MeetingView meetingOf(long eventId, long meetingId) {
    MeetingView meeting = meetings.meeting(meetingId);
    if (meeting.eventId() != eventId) {
      throw new NotFoundException("meeting", meetingId);
    }
    return meeting;
  }

  /** The signed-in user's participant record, when they are one of the meeting's two participants. */
  ParticipantView participantIn(long eventId, MeetingView meeting) {
    ParticipantView me = me(eventId);
    if (!meeting.involves(me.id())) {
      throw new AccessDeniedException("only the two participants of a meeting may see this");
    }
    return me;
  }
}
