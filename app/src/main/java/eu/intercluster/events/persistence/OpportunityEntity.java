package eu.intercluster.events.persistence;

import eu.intercluster.events.OpportunityType;
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

/** An offer, request, cooperation or investment a participant publishes in the marketplace. */
@Entity
@Table(name = "event_opportunity")
public class OpportunityEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false)
  private long participantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "opportunity_type", nullable = false, length = 32)
  private OpportunityType type;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 4000)
  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @ElementCollection
  @CollectionTable(name = "event_opportunity_theme", joinColumns = @JoinColumn(name = "opportunity_id"))
  @Column(name = "theme", length = 64)
  private Set<String> themes = new TreeSet<>();

  protected OpportunityEntity() {}

  public OpportunityEntity(long participantId) {
    this.participantId = participantId;
  }

  public Long getId() { return id; }
  public long getParticipantId() { return participantId; }
  public OpportunityType getType() { return type; }
  public void setType(OpportunityType type) { this.type = type; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Instant getCreatedAt() { return createdAt; }
  public Set<String> getThemes() { return themes; }
}
