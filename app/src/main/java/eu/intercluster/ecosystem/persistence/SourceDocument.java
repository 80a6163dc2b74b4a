package eu.intercluster.ecosystem.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A document (article, press release) that facts on the map are quoted from. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_key", nullable = false, unique = true, length = 120)
  private String recordKey;

  @Column(nullable = false, length = 1000)
  private String title;

  @Column(length = 8)
  private String language;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(length = 1000)
  private String url;

  @Column(length = 300)
  private String origin;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SourceDocument() {}

  public SourceDocument(String recordKey, String title) {
    this.recordKey = recordKey;
    this.title = title;
  }

  @PrePersist
  void beforeInsert() {
    createdAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getRecordKey() { return recordKey; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public LocalDate getPublishedOn() { return publishedOn; }
  public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getOrigin() { return origin; }
  public void setOrigin(String origin) { this.origin = origin; }
}
