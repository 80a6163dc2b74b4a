package eu.intercluster.outcomes;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may change what: organisers mark attendance and check in; the two participants give feedback. */
@Component
class OutcomeAccess {

  private final EventDirectory events;

  OutcomeAccess(EventDirectory events) {
    this.events = events;
  }

  void requireOrganiser(long eventId, String username) {
    if (username == null || !events.isOrganiser(eventId, username)) {
      throw new AccessDeniedException("only the event's organisers may do this");
    }
  }

  /** The user's participant record in the meeting. */
  ParticipantView requireParticipantIn(MeetingView meeting, String username) {
    ParticipantView participant = username == null ? null
        : events.participantOf(meeting.eventId(), username).orElse(null);
    if (participant == null || !meeting.involves(participant.id())) {
      throw new AccessDeniedException("only the two participants of a meeting may do this");
    }
    return participant;
  }
}
