package eu.intercluster.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's arrival at the venue. */
@Entity(name = "CheckInRecord")
@Table(name = "event_checkin")
public class CheckInRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "participant_id", nullable = false, unique = true)
  private long participantId;

  @Column(name = "checked_in_at", nullable = false)
  private Instant checkedInAt;

  @Column(name = "checked_in_by", nullable = false, length = 100)
  private String checkedInBy;

  protected CheckInRecord() {}

  public CheckInRecord(long eventId, long participantId, Instant checkedInAt, String checkedInBy) {
    this.eventId = eventId;
    this.participantId = participantId;
    this.checkedInAt = checkedInAt;
    this.checkedInBy = checkedInBy;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public long getParticipantId() { return participantId; }
  public Instant getCheckedInAt() { return checkedInAt; }
  public String getCheckedInBy() { return checkedInBy; }
}
