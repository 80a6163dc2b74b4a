package eu.intercluster.meetings;

import java.util.List;

/** What other modules read about meetings. Reading never checks access; callers do. */
public interface MeetingBook {

  /** Every meeting of the event that is not cancelled, scheduled ones in slot order first. */
  List<MeetingView> meetings(long eventId);

  /**
   * A participant's agenda: their published, not cancelled meetings in time order (what the
   * agenda page, the PDF and the iCal feed show).
   */
  List<MeetingView> agenda(long participantId);

  /** @throws eu.intercluster.system.NotFoundException when there is no such meeting */
  MeetingView meeting(long meetingId);

  RequestCounts requestCounts(long eventId);

  /** Requests of the event still waiting for an answer, the oldest first (for reminders). */
  List<RequestView> pendingRequests(long eventId);
}
