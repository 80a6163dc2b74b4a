package eu.intercluster.events.persistence;

import eu.intercluster.events.EventKind;
import eu.intercluster.events.SchedulingMode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** An event set up by an organiser; its sessions, visits and participants refer to it. */
@Entity
@Table(name = "event")
public class EventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private EventKind kind;

  @Column(length = 300)
  private String venue;

  @Column(name = "zone_id", nullable = false, length = 64)
  private String zone;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "tables_count", nullable = false)
  private int tables;

  @Enumerated(EnumType.STRING)
  @Column(name = "scheduling_mode", nullable = false, length = 32)
  private SchedulingMode schedulingMode;

  @Column(name = "max_requests", nullable = false)
  private int maxRequests;

  @Column(name = "request_expiry_hours", nullable = false)
  private int requestExpiryHours;

  @Column(name = "registration_opens")
  private Instant registrationOpens;

  @Column(name = "registration_closes")
  private Instant registrationCloses;

  @Column(name = "booking_opens")
  private Instant bookingOpens;

  @Column(name = "booking_closes")
  private Instant bookingCloses;

  @Column(length = 8000)
  private String description;

  @Column(name = "activity_id")
  private Long activityId;

  @Column(name = "owner_username", nullable = false, length = 64)
  private String owner;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @ElementCollection
  @CollectionTable(name = "event_co_organiser", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "username", length = 64)
  private Set<String> coOrganisers = new TreeSet<>();

  public Long getId() { return id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public EventKind getKind() { return kind; }
  public void setKind(EventKind kind) { this.kind = kind; }
  public String getVenue() { return venue; }
  public void setVenue(String venue) { this.venue = venue; }
  public String getZone() { return zone; }
  public void setZone(String zone) { this.zone = zone; }
  public LocalDate getStartDate() { return startDate; }
  public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
  public LocalDate getEndDate() { return endDate; }
  public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
  public int getTables() { return tables; }
  public void setTables(int tables) { this.tables = tables; }
  public SchedulingMode getSchedulingMode() { return schedulingMode; }
  public void setSchedulingMode(SchedulingMode schedulingMode) { this.schedulingMode = schedulingMode; }
  public int getMaxRequests() { return maxRequests; }
  public void setMaxRequests(int maxRequests) { this.maxRequests = maxRequests; }
  public int getRequestExpiryHours() { return requestExpiryHours; }
  public void setRequestExpiryHours(int requestExpiryHours) { this.requestExpiryHours = requestExpiryHours; }
  public Instant getRegistrationOpens() { return registrationOpens; }
  public void setRegistrationOpens(Instant registrationOpens) { this.registrationOpens = registrationOpens; }
  public Instant getRegistrationCloses() { return registrationCloses; }
  public void setRegistrationCloses(Instant registrationCloses) { this.registrationCloses = registrationCloses; }
  public Instant getBookingOpens() { return bookingOpens; }
  public void setBookingOpens(Instant bookingOpens) { this.bookingOpens = bookingOpens; }
  public Instant getBookingCloses() { return bookingCloses; }
  public void setBookingCloses(Instant bookingCloses) { this.bookingCloses = bookingCloses; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Long getActivityId() { return activityId; }
  public void setActivityId(Long activityId) { this.activityId = activityId; }
  public String getOwner() { return owner; }
  public void setOwner(String owner) { this.owner = owner; }
  public Instant getCreatedAt() { return createdAt; }
  public Set<String> getCoOrganisers() { return coOrganisers; }
}
