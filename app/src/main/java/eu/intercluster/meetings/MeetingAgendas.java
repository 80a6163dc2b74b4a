package eu.intercluster.meetings;

import java.util.List;

/** Agendas of participants and cancelling meetings, with access checked for {@code username}. */
public interface MeetingAgendas {

  /** The signed-in participant's own agenda. */
  AgendaView agenda(long eventId, String username);

  /** Any participant's agenda, for the event's organisers (or the participant themself). */
  AgendaView agendaOf(long eventId, long participantId, String username);

  /** Meetings the user may see: all for organisers, their own for a participant. */
  List<MeetingView> visibleMeetings(long eventId, String username);

  /**
   * Cancels a meeting (one of its participants or an organiser); publishes MeetingCancelled and,
   * when it was published, ScheduleChanged for both participants.
   */
  MeetingView cancelMeeting(long eventId, long meetingId, String username);
}
