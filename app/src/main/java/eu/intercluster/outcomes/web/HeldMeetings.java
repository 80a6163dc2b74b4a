package eu.intercluster.outcomes.web;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.Attendance;
import eu.intercluster.outcomes.FeedbackView;
import eu.intercluster.outcomes.FollowUpView;
import eu.intercluster.outcomes.MeetingOutcomes;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** A participant's meetings that were held, with the partner and what the participant said since. */
@Component
class HeldMeetings {

  /** One held meeting of the signed-in participant. */
  record HeldMeeting(MeetingView meeting, ParticipantView partner, ZonedDateTime start, FeedbackView feedback,
      FollowUpView followUp) {}

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final MeetingOutcomes outcomes;

  HeldMeetings(EventDirectory events, MeetingBook meetings, MeetingOutcomes outcomes) {
    this.events = events;
    this.meetings = meetings;
    this.outcomes = outcomes;
  }

  List<HeldMeeting> of(EventView event, ParticipantView me) {
    return meetings.agenda(me.id()).stream()
        .filter(m -> outcomes.outcome(m.id()).attendance() == Attendance.HELD)
        .map(m -> new HeldMeeting(m, events.participant(m.partnerOf(me.id())),
            m.start() == null ? null : m.start().withZoneSameInstant(event.zone()),
            outcomes.feedback(m.id(), me.id()).orElse(null), outcomes.followUp(m.id(), me.id()).orElse(null)))
        .toList();
  }
}
