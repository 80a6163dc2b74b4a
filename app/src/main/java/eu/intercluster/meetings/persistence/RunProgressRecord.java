package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A progress report of a running solve: best breaks and proven bound after some time. */
@Entity(name = "RunProgressRecord")
@Table(name = "schedule_run_progress")
public class RunProgressRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "run_id", nullable = false)
  private long runId;
  @Column(nullable = false)
  private long millis;
  @Column(nullable = false)
  private int breaks;
  @Column(name = "lower_bound", nullable = false)
  private int lowerBound;

  protected RunProgressRecord() {}

  public RunProgressRecord(long runId, long millis, int breaks, int lowerBound) {
    this.runId = runId;
    this.millis = millis;
    this.breaks = breaks;
    this.lowerBound = lowerBound;
  }

  public long getMillis() { return millis; }
  public int getBreaks() { return breaks; }
  public int getLowerBound() { return lowerBound; }
}
