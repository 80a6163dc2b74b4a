package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one open request between two participants; unique per pair, so a second is refused by the database. */
@Entity(name = "RequestPairRecord")
@Table(name = "request_pair")
public class RequestPairRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_id", nullable = false)
  private long eventId;
  @Column(name = "low_participant_id", nullable = false)
  private long lowParticipantId;
  @Column(name = "high_participant_id", nullable = false)
  private long highParticipantId;
  @Column(name = "request_id", nullable = false)
  private long requestId;

  protected RequestPairRecord() {}

  public RequestPairRecord(long eventId, long one, long other, long requestId) {
    this.eventId = eventId;
    this.lowParticipantId = Math.min(one, other);
    this.highParticipantId = Math.max(one, other);
    this.requestId = requestId;
  }

  public long getRequestId() { return requestId; }
}
