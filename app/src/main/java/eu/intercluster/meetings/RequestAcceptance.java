package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingRequestRecord;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Accepting a request: the meeting is created and, under self-scheduling, booked in the slot the
 * request held with the lowest free table, or else in the first mutual free slot with a free table.
 * Runs inside {@link BookingTransactions}, which retries when the database refuses a seat or table
 * another acceptance took at the same moment.
 */
@Component("meetingsRequestAcceptance")
class RequestAcceptance {

  private final MeetingsAccess access;
  private final MeetingRequestRepository requests;
  private final MeetingRepository meetings;
  private final SeatBook seats;
  private final MeetingViews views;
  private final ApplicationEventPublisher publisher;

  RequestAcceptance(MeetingsAccess access, MeetingRequestRepository requests, MeetingRepository meetings,
      SeatBook seats, MeetingViews views, ApplicationEventPublisher publisher) {
    this.access = access;
    this.requests = requests;
    this.meetings = meetings;
    this.seats = seats;
    this.views = views;
    this.publisher = publisher;
  }

  MeetingView accept(long eventId, long requestId, String username) {
    MeetingRequestRecord request = requests.findById(requestId).filter(r -> r.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Meeting request", requestId));
    ParticipantView me = access.participant(eventId, username);
    if (request.getRecipientId() != me.id()) {
      throw new AccessDeniedException("Only the recipient may accept request " + requestId);
    }
    JpaMeetingRequests.requirePending(request);
    EventView event = access.event(eventId);
    BookingWindow.check(event, Instant.now());
    ParticipantView requester = access.participantOfEvent(eventId, request.getRequesterId());
    if (me.status() != ParticipantStatus.VALIDATED || requester.status() != ParticipantStatus.VALIDATED) {
      throw new ConflictException("participant-not-validated",
          "Both participants must be validated by the organisers", List.of());
    }
    Instant now = Instant.now();
    MeetingRecord meeting = meetings.saveAndFlush(
        new MeetingRecord(eventId, requestId, request.getRequesterId(), request.getRecipientId(), now));
    Integer held = request.getHeldSlot();
    request.close(RequestStatus.ACCEPTED, now);
    request.setMeetingId(meeting.getId());
    requests.saveAndFlush(request);
    seats.release(requestId);
    if (event.schedulingMode() == SchedulingMode.SELF_SCHEDULING) {
      int[] place = place(event, held, requester, me);
      seats.book(meeting, place[0], place[1]);
      meeting.place(place[0], place[1], true, now);
      meetings.saveAndFlush(meeting);
    }
    publisher.publishEvent(new RequestAccepted(eventId, requestId, meeting.getId(), request.getRequesterId(),
        request.getRecipientId()));
    return views.view(meeting);
  }

  /** The held slot when both are still free there and a table is free, else the first mutual free slot. */
  private int[] place(EventView event, Integer held, ParticipantView requester, ParticipantView recipient) {
    var slots = access.slots(event.id());
    if (held != null && seats.mutualFreeSlots(slots, requester, recipient).stream()
        .anyMatch(s -> s.number() == held)) {
      OptionalInt table = seats.freeTable(event, held);
      if (table.isPresent()) {
        return new int[] {held, table.getAsInt()};
      }
    }
    Optional<int[]> free = seats.firstMutualFreeWithTable(event, slots, requester, recipient);
    return free.orElseThrow(() -> new ConflictException("no-free-slot",
        "No slot is free for both " + requester.fullName() + " and " + recipient.fullName()
            + " with a free table; cancel another meeting or ask the organisers", List.of()));
  }
}
