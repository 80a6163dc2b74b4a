package eu.intercluster.agendas.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the iCal feed last said about one meeting: its time and table, sequence and change time. */
@Entity(name = "CalendarStamp")
@Table(name = "agenda_calendar_stamp")
public class CalendarStamp {

  @Id
  @Column(name = "meeting_id")
  private Long meetingId;

  @Column(nullable = false, length = 200)
  private String fingerprint;

  @Column(name = "sequence_number", nullable = false)
  private int sequenceNumber;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  protected CalendarStamp() {}

  public CalendarStamp(long meetingId, String fingerprint, Instant modifiedAt) {
    this.meetingId = meetingId;
    this.fingerprint = fingerprint;
    this.modifiedAt = modifiedAt;
  }

  public Long getMeetingId() { return meetingId; }
  public String getFingerprint() { return fingerprint; }
  public int getSequenceNumber() { return sequenceNumber; }
  public Instant getModifiedAt() { return modifiedAt; }

  /** The meeting changed: one more sequence number. */
  public void changed(String fingerprint, Instant at) {
    this.fingerprint = fingerprint;
    this.sequenceNumber++;
    this.modifiedAt = at;
  }
}
