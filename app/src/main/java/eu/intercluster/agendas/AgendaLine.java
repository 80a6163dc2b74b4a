package eu.intercluster.agendas;

import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One meeting of a participant's agenda, with its partner and its times in the event's zone. */
record AgendaLine(MeetingView meeting, ParticipantView partner, ZonedDateTime start, ZonedDateTime end) {

  static AgendaLine of(MeetingView meeting, ParticipantView partner, ZoneId zone) {
    return new AgendaLine(meeting, partner, local(meeting.start(), zone), local(meeting.end(), zone));
  }

  private static ZonedDateTime local(ZonedDateTime time, ZoneId zone) {
    return time == null ? null : time.withZoneSameInstant(zone);
  }
}
