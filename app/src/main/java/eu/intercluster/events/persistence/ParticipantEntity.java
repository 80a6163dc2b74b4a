package eu.intercluster.events.persistence;

import eu.intercluster.events.ParticipantStatus;
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
import java.util.Set;
import java.util.TreeSet;

/** A person of an organisation registered for one event. */
@Entity
@Table(name = "event_participant")
public class ParticipantEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "job_title", length = 200)
  private String jobTitle;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "organisation_name", nullable = false, length = 300)
  private String organisationName;

  @Column(length = 120)
  private String country;

  @Column(name = "organisation_kind", length = 40)
  private String organisationKind;

  @Column(length = 4000)
  private String description;

  /** Languages joined by commas, in the participant's order. */
  @Column(length = 300)
  private String languages;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ParticipantStatus status = ParticipantStatus.PENDING;

  @Column(nullable = false)
  private boolean listed;

  @Column(nullable = false)
  private boolean delegate;

  @Column(name = "calendar_token", nullable = false, length = 64)
  private String calendarToken;

  @Column(name = "rejection_reason", length = 1000)
  private String rejectionReason;

  @Column(name = "terms_accepted_at", nullable = false)
  private Instant termsAcceptedAt;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt = Instant.now();

  @ElementCollection
  @CollectionTable(name = "event_participant_theme", joinColumns = @JoinColumn(name = "participant_id"))
  @Column(name = "theme", length = 64)
  private Set<String> themes = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "event_participant_session", joinColumns = @JoinColumn(name = "participant_id"))
  @Column(name = "session_id")
  private Set<Long> sessionIds = new TreeSet<>();

  protected ParticipantEntity() {}

  public ParticipantEntity(long eventId, String username, String calendarToken) {
    this.eventId = eventId;
    this.username = username;
    this.calendarToken = calendarToken;
  }

  public Long getId() { return id; }
  public long getEventId() { return eventId; }
  public String getUsername() { return username; }
  public String getFullName() { return fullName; }
  public void setFullName(String fullName) { this.fullName = fullName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getJobTitle() { return jobTitle; }
  public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
  public Long getOrganisationId() { return organisationId; }
  public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
  public String getOrganisationName() { return organisationName; }
  public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public String getOrganisationKind() { return organisationKind; }
  public void setOrganisationKind(String organisationKind) { this.organisationKind = organisationKind; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getLanguages() { return languages; }
  public void setLanguages(String languages) { this.languages = languages; }
  public ParticipantStatus getStatus() { return status; }
  public void setStatus(ParticipantStatus status) { this.status = status; }
  public boolean isListed() { return listed; }
  public void setListed(boolean listed) { this.listed = listed; }
  public boolean isDelegate() { return delegate; }
  public void setDelegate(boolean delegate) { this.delegate = delegate; }
  public String getCalendarToken() { return calendarToken; }
  public String getRejectionReason() { return rejectionReason; }
  public void setRejectionReason(String rejectionReason) { this.rejectionReason = rejectionReason; }
  public Instant getTermsAcceptedAt() { return termsAcceptedAt; }
  public void setTermsAcceptedAt(Instant termsAcceptedAt) { this.termsAcceptedAt = termsAcceptedAt; }
  public Instant getRegisteredAt() { return registeredAt; }
  public Set<String> getThemes() { return themes; }
  public Set<Long> getSessionIds() { return sessionIds; }
}
