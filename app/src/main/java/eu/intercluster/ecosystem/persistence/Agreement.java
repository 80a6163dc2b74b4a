package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.AgreementKind;
import eu.intercluster.ecosystem.AgreementStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An agreement; its parties, signatories and involved organisations are relations. */
@Entity
@Table(name = "agreement")
public class Agreement extends MapRecordEntity {

  @Column(nullable = false, length = 500)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AgreementKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AgreementStatus status;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "signing_place_id")
  private Place signingPlace;

  @Column(name = "duration_text", length = 120)
  private String duration;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(length = 4000)
  private String description;

  @ElementCollection
  @CollectionTable(name = "agreement_theme", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "theme_code", length = 40)
  private Set<String> themes = new TreeSet<>();

  @Override
  public eu.intercluster.ecosystem.RecordKind recordKind() {
    return eu.intercluster.ecosystem.RecordKind.AGREEMENT;
  }

  @Override
  public String label() {
    return title;
  }

  @Override
  protected List<String> searchParts() {
    return List.of(title, kind.name().replace('_', ' '));
  }

  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public AgreementKind getKind() { return kind; }
  public void setKind(AgreementKind kind) { this.kind = kind; }
  public AgreementStatus getStatus() { return status; }
  public void setStatus(AgreementStatus status) { this.status = status; }
  public LocalDate getSignedOn() { return signedOn; }
  public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
  public Place getSigningPlace() { return signingPlace; }
  public void setSigningPlace(Place signingPlace) { this.signingPlace = signingPlace; }
  public String getDuration() { return duration; }
  public void setDuration(String duration) { this.duration = duration; }
  public LocalDate getExpiresOn() { return expiresOn; }
  public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Set<String> getThemes() { return themes; }
}
