package eu.intercluster.ecosystem.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What every record on the map has: an id, a stable key for exchange, a search key, times. */
@MappedSuperclass
public abstract class MapRecordEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_key", nullable = false, unique = true, length = 120)
  private String recordKey;

  @Column(name = "search_text", nullable = false, length = 8000)
  private String searchText = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  /** What kind of record this is. */
  public abstract eu.intercluster.ecosystem.RecordKind recordKind();

  /** The name or title to show. */
  public abstract String label();

  protected String keyPrefix() {
    return recordKind().keyPrefix();
  }

  /** The names and facts the record is found by. */
  protected abstract List<String> searchParts();

  @PrePersist
  @PreUpdate
  void beforeSave() {
    if (recordKey == null || recordKey.isBlank()) {
      recordKey = keyPrefix() + UUID.randomUUID().toString().substring(0, 13);
    }
    reindex();
  }

  /**
   * Recomputes the search key and the update time. Called on every save, and by services after
   * changing only collections (aliases, themes), which does not make the row itself dirty.
   */
  public void reindex() {
    Instant now = Instant.now();
    if (createdAt == null) {
      createdAt = now;
    }
    updatedAt = now;
    searchText = eu.intercluster.ecosystem.SearchText.of(searchParts());
  }

  public Long getId() {
    return id;
  }

  public String getRecordKey() {
    return recordKey;
  }

  public void setRecordKey(String recordKey) {
    this.recordKey = recordKey;
  }

  public String getSearchText() {
    return searchText;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
