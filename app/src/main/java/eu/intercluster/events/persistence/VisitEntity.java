package eu.intercluster.events.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A site visit of a mission's programme, hosted by an organisation of the map. */
@Entity
@Table(name = "event_visit")
public class VisitEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "visit_day", nullable = false)
  private LocalDate day;

  @Column(name = "start_minute")
  private Integer startMinute;

  @Column(name = "end_minute")
  private Integer endMinute;

  @Column(name = "host_organisation_id")
  private Long hostOrganisationId;

  @Column(name = "host_name", length = 300)
  private String hostName;

  @Column(length = 4000)
  private String description;

  @Column(name = "activity_id")
  private Long activityId;

  protected VisitEntity() {}

  public VisitEntity(long eventId) {
    this.eventId = eventId;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public LocalDate getDay() { return day; }
  public void setDay(LocalDate day) { this.day = day; }
  public Integer getStartMinute() { return startMinute; }
  public void setStartMinute(Integer startMinute) { this.startMinute = startMinute; }
  public Integer getEndMinute() { return endMinute; }
  public void setEndMinute(Integer endMinute) { this.endMinute = endMinute; }
  public Long getHostOrganisationId() { return hostOrganisationId; }
  public void setHostOrganisationId(Long hostOrganisationId) { this.hostOrganisationId = hostOrganisationId; }
  public String getHostName() { return hostName; }
  public void setHostName(String hostName) { this.hostName = hostName; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Long getActivityId() { return activityId; }
  public void setActivityId(Long activityId) { this.activityId = activityId; }
}
