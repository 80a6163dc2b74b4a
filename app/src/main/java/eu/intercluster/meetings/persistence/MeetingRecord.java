package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An agreed meeting; slot and table are null until it is booked or scheduled. */
@Entity(name = "MeetingRecord")
@Table(name = "meeting")
public class MeetingRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_id", nullable = false)
  private long eventId;
  @Column(name = "request_id", nullable = false, unique = true)
  private long requestId;
  @Column(name = "requester_id", nullable = false)
  private long requesterId;
  @Column(name = "partner_id", nullable = false)
  private long partnerId;
  private Integer slot;
  @Column(name = "table_no")
  private Integer tableNo;
  @Column(nullable = false)
  private boolean published;
  @Column(nullable = false)
  private boolean cancelled;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "published_at")
  private Instant publishedAt;
  @Column(name = "cancelled_at")
  private Instant cancelledAt;
  @Column(name = "cancelled_by", length = 100)
  private String cancelledBy;
  @Version
  private long version;

  protected MeetingRecord() {}

  public MeetingRecord(long eventId, long requestId, long requesterId, long partnerId, Instant createdAt) {
    this.eventId = eventId;
    this.requestId = requestId;
    this.requesterId = requesterId;
    this.partnerId = partnerId;
    this.createdAt = createdAt;
  }

  /** Gives the meeting its slot and table; published meetings are visible in agendas. */
  public void place(Integer slot, Integer tableNo, boolean publish, Instant at) {
    this.slot = slot;
    this.tableNo = tableNo;
    if (publish) {
      this.published = true;
      this.publishedAt = at;
    }
  }

  public void cancel(String by, Instant at) {
    this.cancelled = true;
    this.cancelledBy = by;
    this.cancelledAt = at;
  }

  public boolean involves(long participantId) {
    return requesterId == participantId || partnerId == participantId;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public long getRequestId() { return requestId; }
  public long getRequesterId() { return requesterId; }
  public long getPartnerId() { return partnerId; }
  public Integer getSlot() { return slot; }
  public Integer getTableNo() { return tableNo; }
  public boolean isPublished() { return published; }
  public boolean isCancelled() { return cancelled; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getPublishedAt() { return publishedAt; }
  public Instant getCancelledAt() { return cancelledAt; }
}
