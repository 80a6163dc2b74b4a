package eu.intercluster.meetings;

import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import eu.intercluster.meetings.persistence.RequestPairRepository;
import eu.intercluster.system.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Cancels a meeting: frees its seats and table, closes its request (the two may ask again) and
 * tells the other modules; a published meeting also changes the schedule.
 */
@Component("meetingsMeetingCancellation")
class MeetingCancellation {

  private final MeetingRepository meetings;
  private final MeetingRequestRepository requests;
  private final RequestPairRepository pairs;
  private final SeatBook seats;
  private final ApplicationEventPublisher publisher;

  MeetingCancellation(MeetingRepository meetings, MeetingRequestRepository requests, RequestPairRepository pairs,
      SeatBook seats, ApplicationEventPublisher publisher) {
    this.meetings = meetings;
    this.requests = requests;
    this.pairs = pairs;
    this.seats = seats;
    this.publisher = publisher;
  }

  /** Must run inside a transaction; access is checked by the caller. */
  MeetingRecord cancel(MeetingRecord meeting, String username) {
    if (meeting.isCancelled()) {
      throw new ConflictException("meeting-cancelled", "Meeting " + meeting.getId() + " is already cancelled",
          List.of());
    }
    Instant now = Instant.now();
    meeting.cancel(username, now);
    meetings.saveAndFlush(meeting);
    seats.unbook(meeting.getId());
    requests.findById(meeting.getRequestId()).ifPresent(r -> {
      r.close(RequestStatus.CANCELLED, now);
      pairs.deleteByRequest(r.getId());
    });
    publisher.publishEvent(new MeetingCancelled(meeting.getEventId(), meeting.getId(), meeting.getRequesterId(),
        meeting.getPartnerId()));
    if (meeting.isPublished()) {
      publisher.publishEvent(new ScheduleChanged(meeting.getEventId(),
          Set.of(meeting.getRequesterId(), meeting.getPartnerId())));
    }
    return meeting;
  }
}
