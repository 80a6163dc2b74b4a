package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of the scheduler for an event: RUNNING, then DONE or FAILED, with the solver's verdict. */
@Entity(name = "ScheduleRunRecord")
@Table(name = "schedule_run")
public class ScheduleRunRecord {

  public static final String RUNNING = "RUNNING";
  public static final String DONE = "DONE";
  public static final String FAILED = "FAILED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_id", nullable = false)
  private long eventId;
  @Column(nullable = false, length = 20)
  private String status;
  @Column(name = "solver_status", length = 20)
  private String solverStatus;
  private Integer breaks;
  @Column(name = "lower_bound")
  private Integer lowerBound;
  private Long millis;
  @Column(name = "time_limit_seconds", nullable = false)
  private int timeLimitSeconds;
  @Column(nullable = false)
  private int fairness;
  @Column(nullable = false)
  private boolean replan;
  private Integer moved;
  @Column(length = 20000)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private String explanation;
  @Column(name = "started_by", nullable = false, length = 100)
  private String startedBy;
  @Column(name = "started_at", nullable = false)
  private Instant startedAt;
  @Column(name = "finished_at")
  private Instant finishedAt;
  @Column(name = "published_at")
  private Instant publishedAt;

  protected ScheduleRunRecord() {}

  public ScheduleRunRecord(long eventId, int timeLimitSeconds, int fairness, boolean replan, String startedBy,
      Instant startedAt) {
    this.eventId = eventId;
    this.status = RUNNING;
    this.timeLimitSeconds = timeLimitSeconds;
    this.fairness = fairness;
    this.replan = replan;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  public void finish(String solverStatus, Integer breaks, Integer lowerBound, long millis, Integer moved,
      String explanation, Instant at) {
    this.status = DONE;
    this.solverStatus = solverStatus;
    this.breaks = breaks;
    this.lowerBound = lowerBound;
    this.millis = millis;
    this.moved = moved;
    this.explanation = explanation;
    this.finishedAt = at;
  }

  public void fail(String explanation, long millis, Instant at) {
    this.status = FAILED;
    this.explanation = explanation;
    this.millis = millis;
    this.finishedAt = at;
  }

  public void markPublished(Instant at) {
    this.publishedAt = at;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public String getStatus() { return status; }
  public String getSolverStatus() { return solverStatus; }
  public Integer getBreaks() { return breaks; }
  public Integer getLowerBound() { return lowerBound; }
  public Long getMillis() { return millis; }
  public int getTimeLimitSeconds() { return timeLimitSeconds; }
  public int getFairness() { return fairness; }
  public boolean isReplan() { return replan; }
  public Integer getMoved() { return moved; }
  public String getExplanation() { return explanation; }
  public String getStartedBy() { return startedBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getFinishedAt() { return finishedAt; }
  public Instant getPublishedAt() { return publishedAt; }
}
