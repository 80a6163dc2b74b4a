package eu.intercluster.agendas;

import eu.intercluster.agendas.persistence.CalendarStamp;
import eu.intercluster.agendas.persistence.CalendarStampRepository;
import eu.intercluster.meetings.MeetingView;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps, per meeting, the SEQUENCE and LAST-MODIFIED of its calendar entry: both change exactly
 * when the meeting's slot, table or time changes, so a calendar updates the entry it has (same UID)
 * and never sees the sequence go down.
 */
@Component
class CalendarStamps {

  /** SEQUENCE and LAST-MODIFIED of one entry. */
  record Stamp(int sequence, java.time.Instant modified) {}

  private final CalendarStampRepository stamps;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  CalendarStamps(CalendarStampRepository stamps) {
    this(stamps, Clock.systemUTC());
  }

  CalendarStamps(CalendarStampRepository stamps, Clock clock) {
    this.stamps = stamps;
    this.clock = clock;
  }

  @Transactional
  Map<Long, Stamp> stamp(List<MeetingView> meetings) {
    Map<Long, CalendarStamp> known = stamps.findByMeetingIdIn(meetings.stream().map(MeetingView::id).toList())
        .stream().collect(Collectors.toMap(CalendarStamp::getMeetingId, Function.identity()));
    Map<Long, Stamp> result = new HashMap<>();
    for (MeetingView meeting : meetings) {
      String fingerprint = fingerprint(meeting);
      CalendarStamp stamp = known.get(meeting.id());
      if (stamp == null) {
        stamp = stamps.save(new CalendarStamp(meeting.id(), fingerprint, clock.instant()));
      } else if (!stamp.getFingerprint().equals(fingerprint)) {
        stamp.changed(fingerprint, clock.instant());
      }
      result.put(meeting.id(), new Stamp(stamp.getSequenceNumber(), stamp.getModifiedAt()));
    }
    return result;
  }

  static String fingerprint(MeetingView meeting) {
    return meeting.slot() + "|" + meeting.table() + "|" + instant(meeting.start()) + "|" + instant(meeting.end());
  }

  private static Object instant(java.time.ZonedDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
