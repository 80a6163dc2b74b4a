package eu.intercluster.events.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A matchmaking session: one day's time span of one-to-one meetings; times in minutes of the day. */
@Entity
@Table(name = "event_session")
public class SessionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "session_day", nullable = false)
  private LocalDate day;

  @Column(name = "start_minute", nullable = false)
  private int startMinute;

  @Column(name = "end_minute", nullable = false)
  private int endMinute;

  @Column(name = "meeting_minutes", nullable = false)
  private int meetingMinutes;

  @Column(name = "pause_minutes", nullable = false)
  private int pauseMinutes;

  /** Breaks as {@code HH:mm-HH:mm} joined by commas, or null. */
  @Column(length = 500)
  private String breaks;

  protected SessionEntity() {}

  public SessionEntity(long eventId) {
    this.eventId = eventId;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public LocalDate getDay() { return day; }
  public void setDay(LocalDate day) { this.day = day; }
  public int getStartMinute() { return startMinute; }
  public void setStartMinute(int startMinute) { this.startMinute = startMinute; }
  public int getEndMinute() { return endMinute; }
  public void setEndMinute(int endMinute) { this.endMinute = endMinute; }
  public int getMeetingMinutes() { return meetingMinutes; }
  public void setMeetingMinutes(int meetingMinutes) { this.meetingMinutes = meetingMinutes; }
  public int getPauseMinutes() { return pauseMinutes; }
  public void setPauseMinutes(int pauseMinutes) { this.pauseMinutes = pauseMinutes; }
  public String getBreaks() { return breaks; }
  public void setBreaks(String breaks) { this.breaks = breaks; }
}
