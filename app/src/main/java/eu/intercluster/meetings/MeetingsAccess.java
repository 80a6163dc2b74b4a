package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who the user is at an event: its participant, or one of its organisers; refuses everyone else. */
@Component("meetingsMeetingsAccess")
class MeetingsAccess {

  private final EventDirectory events;

  MeetingsAccess(EventDirectory events) {
    this.events = events;
  }

  EventView event(long eventId) {
    return events.event(eventId);
  }

  java.util.List<eu.intercluster.events.SlotView> slots(long eventId) {
    return events.slots(eventId);
  }

  /** The user's participant record at the event. */
  ParticipantView participant(long eventId, String username) {
    events.event(eventId);
    if (username == null) {
      throw new AccessDeniedException("Sign in as a participant of this event");
    }
    return events.participantOf(eventId, username)
        .orElseThrow(() -> new AccessDeniedException("You are not a participant of event " + eventId));
  }

  boolean isOrganiser(long eventId, String username) {
    return username != null && events.isOrganiser(eventId, username);
  }

  void requireOrganiser(long eventId, String username) {
    events.event(eventId);
    if (!isOrganiser(eventId, username)) {
      throw new AccessDeniedException("Only the organisers of event " + eventId + " may do this");
    }
  }

  /** A participant of this event (404 for participants of other events). */
  ParticipantView participantOfEvent(long eventId, long participantId) {
    ParticipantView participant = events.participant(participantId);
    if (participant.eventId() != eventId) {
      throw new NotFoundException("Participant", participantId);
    }
    return participant;
  }
}
