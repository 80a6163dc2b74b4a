package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingRequestRecord;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import eu.intercluster.meetings.persistence.RequestPairRecord;
import eu.intercluster.meetings.persistence.RequestPairRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sending, answering and listing meeting requests; acceptance and expiry have their own classes. */
@Service("meetingsJpaMeetingRequests")
class JpaMeetingRequests implements MeetingRequests {

  static final int MESSAGE_MAX = 500;

  private final MeetingsAccess access;
  private final MeetingRequestRepository requests;
  private final RequestPairRepository pairs;
  private final MeetingRepository meetings;
  private final SeatBook seats;
  private final BookingTransactions bookings;
  private final RequestAcceptance acceptance;
  private final RequestExpiry expiry;
  private final MeetingCancellation cancellation;
  private final RequestClosure closure;
  private final MeetingViews views;
  private final ApplicationEventPublisher publisher;

  JpaMeetingRequests(MeetingsAccess access, MeetingRequestRepository requests, RequestPairRepository pairs,
      MeetingRepository meetings, SeatBook seats, BookingTransactions bookings, RequestAcceptance acceptance,
      RequestExpiry expiry, MeetingCancellation cancellation, RequestClosure closure, MeetingViews views,
      ApplicationEventPublisher publisher) {
    this.access = access;
    this.requests = requests;
    this.pairs = pairs;
    this.meetings = meetings;
    this.seats = seats;
    this.bookings = bookings;
    this.acceptance = acceptance;
    this.expiry = expiry;
    this.cancellation = cancellation;
    this.closure = closure;
    this.views = views;
    this.publisher = publisher;
  }

  @Override
  public RequestView send(long eventId, String username, long recipientId, String message, Integer slot) {
    return bookings.run(() -> sendOnce(eventId, username, recipientId, message, slot));
  }

  private RequestView sendOnce(long eventId, String username, long recipientId, String message, Integer slot) {
    ParticipantView me = access.participant(eventId, username);
    EventView event = access.event(eventId);
    ParticipantView recipient = recipient(eventId, me, recipientId);
    String text = message == null ? "" : message.strip();
    if (text.length() > MESSAGE_MAX) {
      throw new InvalidInputException("message", "must be at most " + MESSAGE_MAX + " characters, was " + text.length());
    }
    if (me.status() != ParticipantStatus.VALIDATED) {
      throw new ConflictException("participant-not-validated",
          "Your registration has not been validated by the organisers yet", List.of());
    }
    BookingWindow.check(event, Instant.now());
    long sent = requests.countSentTowardsQuota(eventId, me.id());
    if (event.maxRequestsPerParticipant() > 0 && sent >= event.maxRequestsPerParticipant()) {
      throw new ConflictException("request-quota",
          "You have already sent " + sent + " requests, the most this event allows", List.of());
    }
    if (pairs.findByEventIdAndLowParticipantIdAndHighParticipantId(eventId, Math.min(me.id(), recipientId),
        Math.max(me.id(), recipientId)).isPresent()) {
      throw new ConflictException("duplicate-request",
          "There is already an open or accepted request between you and " + recipient.fullName(), List.of());
    }
    Instant now = Instant.now();
    Duration ttl = event.requestExpiry();
    Instant expiresAt = ttl == null || ttl.isZero() || ttl.isNegative() ? null : now.plus(ttl);
    MeetingRequestRecord request = requests.saveAndFlush(
        new MeetingRequestRecord(eventId, me.id(), recipientId, text.isEmpty() ? null : text, now, expiresAt));
    pairs.saveAndFlush(new RequestPairRecord(eventId, me.id(), recipientId, request.getId()));
    if (event.schedulingMode() == SchedulingMode.SELF_SCHEDULING) {
      holdSlot(event, request, me, recipient, slot);
    } else if (slot != null) {
      throw new InvalidInputException("slot", "the organiser schedules this event; a slot cannot be chosen");
    }
    publisher.publishEvent(new MeetingRequested(eventId, request.getId(), me.id(), recipientId, request.getMessage()));
    return request.toView();
  }

  private ParticipantView recipient(long eventId, ParticipantView me, long recipientId) {
    if (recipientId == me.id()) {
      throw new InvalidInputException("recipientId", "you cannot request a meeting with yourself");
    }
    ParticipantView recipient;
    try {
      recipient = access.participantOfEvent(eventId, recipientId);
    } catch (NotFoundException missing) {
      throw new InvalidInputException("recipientId", "participant " + recipientId + " is not registered for this event");
    }
    if (recipient.status() != ParticipantStatus.VALIDATED) {
      throw new InvalidInputException("recipientId", recipient.fullName() + " is not a validated participant");
    }
    return recipient;
  }

  private void holdSlot(EventView event, MeetingRequestRecord request, ParticipantView me, ParticipantView recipient,
      Integer chosen) {
    List<SlotView> free = seats.mutualFreeSlots(access.slots(event.id()), me, recipient);
    Integer slot;
    if (chosen != null) {
      if (free.stream().noneMatch(s -> s.number() == chosen)) {
        throw new InvalidInputException("slot", "slot " + chosen + " is not free for both of you");
      }
      slot = chosen;
    } else {
      slot = free.isEmpty() ? null : free.get(0).number();
    }
    if (slot != null) {
      seats.hold(event.id(), request.getId(), me.id(), recipient.id(), slot);
      request.setHeldSlot(slot);
    }
  }

  @Override
  public MeetingView accept(long eventId, long requestId, String username) {
    return bookings.run(() -> acceptance.accept(eventId, requestId, username));
  }

  @Override
  @Transactional
  public RequestView decline(long eventId, long requestId, String username) {
    MeetingRequestRecord request = request(eventId, requestId);
    ParticipantView me = access.participant(eventId, username);
    if (request.getRecipientId() != me.id()) {
      throw new AccessDeniedException("Only the recipient may decline request " + requestId);
    }
    requirePending(request);
    close(request, RequestStatus.DECLINED);
    publisher.publishEvent(new RequestDeclined(eventId, requestId, request.getRequesterId(), request.getRecipientId()));
    return request.toView();
  }

  @Override
  @Transactional
  public RequestView cancel(long eventId, long requestId, String username) {
    MeetingRequestRecord request = request(eventId, requestId);
    ParticipantView me = access.participant(eventId, username);
    if (!request.involves(me.id())) {
      throw new AccessDeniedException("Request " + requestId + " is not yours");
    }
    if (request.getStatus() == RequestStatus.ACCEPTED && request.getMeetingId() != null) {
      cancellation.cancel(meetings.findById(request.getMeetingId()).orElseThrow(), username);
      return requests.findById(requestId).orElseThrow().toView();
    }
    if (request.getRequesterId() != me.id()) {
      throw new AccessDeniedException("Only the sender may withdraw request " + requestId + "; decline it instead");
    }
    requirePending(request);
    close(request, RequestStatus.CANCELLED);
    return request.toView();
  }

  private void close(MeetingRequestRecord request, RequestStatus status) {
    closure.close(request, status, Instant.now());
  }

  static void requirePending(MeetingRequestRecord request) {
    if (request.getStatus() != RequestStatus.PENDING) {
      throw new ConflictException("request-closed",
          "Request " + request.getId() + " is already " + request.getStatus().name().toLowerCase(), List.of());
    }
  }

  MeetingRequestRecord request(long eventId, long requestId) {
    return requests.findById(requestId).filter(r -> r.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Meeting request", requestId));
  }

  @Override
  @Transactional(readOnly = true)
  public ParticipantRequests ofParticipant(long eventId, String username) {
    ParticipantView me = access.participant(eventId, username);
    EventView event = access.event(eventId);
    Map<Integer, eu.intercluster.events.SlotView> slots = views.slots(eventId);
    List<RequestItem> items = requests.findOfParticipant(eventId, me.id()).stream().map(r -> {
      boolean incoming = r.getRecipientId() == me.id();
      ParticipantView other = access.participantOfEvent(eventId, incoming ? r.getRequesterId() : r.getRecipientId());
      MeetingRecord meeting = r.getMeetingId() == null ? null : meetings.findById(r.getMeetingId()).orElse(null);
      boolean contact = r.getStatus() == RequestStatus.ACCEPTED;
      return new RequestItem(r.toView(), incoming, Partners.of(other, contact),
          MeetingViews.slotTime(r.getHeldSlot(), slots), meeting == null ? null : MeetingViews.view(meeting, slots));
    }).toList();
    return new ParticipantRequests(me.id(), items.stream().filter(RequestItem::incoming).toList(),
        items.stream().filter(i -> !i.incoming()).toList(), event.maxRequestsPerParticipant(),
        requests.countSentTowardsQuota(eventId, me.id()));
  }

  @Override
  public int expireDue(Instant now) {
    return expiry.expireDue(now);
  }
}
