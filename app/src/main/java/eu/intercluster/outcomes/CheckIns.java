package eu.intercluster.outcomes;

import java.util.Map;

/** Participants checked in at the venue. Changes are for the event's organisers only. */
public interface CheckIns {

  /** Checked-in participants of the event and when they arrived. */
  Map<Long, java.time.Instant> checkedIn(long eventId);

  /** Idempotent: checking in twice keeps the first time. */
  void checkIn(long eventId, long participantId, String username);

  void undo(long eventId, long participantId, String username);
}
