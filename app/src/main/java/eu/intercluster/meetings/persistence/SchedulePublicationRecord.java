package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When the organiser last published an event's schedule, and which run. */
@Entity(name = "SchedulePublicationRecord")
@Table(name = "schedule_publication")
public class SchedulePublicationRecord {

  @Id
  @Column(name = "event_id")
  private Long eventId;
  @Column(name = "run_id")
  private Long runId;
  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;
  @Column(name = "published_by", nullable = false, length = 100)
  private String publishedBy;

  protected SchedulePublicationRecord() {}

  public SchedulePublicationRecord(long eventId) {
    this.eventId = eventId;
  }

  public void record(Long runId, Instant at, String by) {
    this.runId = runId;
    this.publishedAt = at;
    this.publishedBy = by;
  }

  public Long getRunId() { return runId; }
  public Instant getPublishedAt() { return publishedAt; }
}
