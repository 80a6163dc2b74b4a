package eu.intercluster.meetings.persistence;

import eu.intercluster.meetings.RequestStatus;
import eu.intercluster.meetings.RequestView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A meeting request from one participant to another of the same event. */
@Entity(name = "MeetingRequestRecord")
@Table(name = "meeting_request")
public class MeetingRequestRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_id", nullable = false)
  private long eventId;
  @Column(name = "requester_id", nullable = false)
  private long requesterId;
  @Column(name = "recipient_id", nullable = false)
  private long recipientId;
  @Column(length = 500)
  private String message;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;
  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;
  @Column(name = "expires_at")
  private Instant expiresAt;
  @Column(name = "answered_at")
  private Instant answeredAt;
  @Column(name = "held_slot")
  private Integer heldSlot;
  @Column(name = "meeting_id")
  private Long meetingId;
  @Version
  private long version;

  protected MeetingRequestRecord() {}

  public MeetingRequestRecord(long eventId, long requesterId, long recipientId, String message, Instant sentAt,
      Instant expiresAt) {
    this.eventId = eventId;
    this.requesterId = requesterId;
    this.recipientId = recipientId;
    this.message = message;
    this.status = RequestStatus.PENDING;
    this.sentAt = sentAt;
    this.expiresAt = expiresAt;
  }

  public RequestView toView() {
    return new RequestView(id, eventId, requesterId, recipientId, message, status, sentAt, expiresAt, meetingId);
  }

  /** Closes the request with an answer (accepted, declined, expired or cancelled). */
  public void close(RequestStatus newStatus, Instant at) {
    this.status = newStatus;
    this.answeredAt = at;
    this.heldSlot = newStatus == RequestStatus.ACCEPTED ? heldSlot : null;
  }

  public boolean involves(long participantId) {
    return requesterId == participantId || recipientId == participantId;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public long getRequesterId() { return requesterId; }
  public long getRecipientId() { return recipientId; }
  public String getMessage() { return message; }
  public RequestStatus getStatus() { return status; }
  public Instant getSentAt() { return sentAt; }
  public Instant getExpiresAt() { return expiresAt; }
  public Instant getAnsweredAt() { return answeredAt; }
  public Integer getHeldSlot() { return heldSlot; }
  public void setHeldSlot(Integer heldSlot) { this.heldSlot = heldSlot; }
  public Long getMeetingId() { return meetingId; }
  public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
}
