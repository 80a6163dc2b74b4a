package eu.intercluster.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One participant's follow-up on one meeting. */
@Entity(name = "FollowUpRecord")
@Table(name = "meeting_follow_up")
public class FollowUpRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "participant_id", nullable = false)
  private long participantId;

  @Column(nullable = false, length = 40)
  private String status;

  @Column(length = 2000)
  private String comment;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected FollowUpRecord() {}

  public FollowUpRecord(long eventId, long meetingId, long participantId) {
    this.eventId = eventId;
    this.meetingId = meetingId;
    this.participantId = participantId;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public long getMeetingId() { return meetingId; }
  public long getParticipantId() { return participantId; }
  public String getStatus() { return status; }
  public String getComment() { return comment; }
  public Instant getUpdatedAt() { return updatedAt; }

  public void update(String status, String comment, Instant at) {
    this.status = status;
    this.comment = comment;
    this.updatedAt = at;
  }
}
