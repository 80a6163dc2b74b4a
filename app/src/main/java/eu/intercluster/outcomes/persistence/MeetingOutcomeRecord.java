package eu.intercluster.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Attendance of one meeting and the map relations written for it. */
@Entity(name = "MeetingOutcomeRecord")
@Table(name = "meeting_outcome")
public class MeetingOutcomeRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "meeting_id", nullable = false, unique = true)
  private long meetingId;

  @Column(length = 20)
  private String attendance;

  @Column(name = "marked_by", length = 100)
  private String markedBy;

  @Column(name = "marked_at")
  private Instant markedAt;

  @Column(name = "met_at_relation_id")
  private Long metAtRelationId;

  @Column(name = "agreement_relation_id")
  private Long agreementRelationId;

  protected MeetingOutcomeRecord() {}

  public MeetingOutcomeRecord(long eventId, long meetingId) {
    this.eventId = eventId;
    this.meetingId = meetingId;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public long getMeetingId() { return meetingId; }
  public String getAttendance() { return attendance; }
  public String getMarkedBy() { return markedBy; }
  public Instant getMarkedAt() { return markedAt; }
  public Long getMetAtRelationId() { return metAtRelationId; }
  public void setMetAtRelationId(Long metAtRelationId) { this.metAtRelationId = metAtRelationId; }
  public Long getAgreementRelationId() { return agreementRelationId; }
  public void setAgreementRelationId(Long agreementRelationId) { this.agreementRelationId = agreementRelationId; }

  public void mark(String attendance, String by, Instant at) {
    this.attendance = attendance;
    this.markedBy = by;
    this.markedAt = at;
  }
}
