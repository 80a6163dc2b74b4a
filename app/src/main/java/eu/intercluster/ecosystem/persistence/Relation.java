package eu.intercluster.ecosystem.persistence;

import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A typed, dated link from one record to another, with the document and sentence it comes from. */
@Entity
@Table(name = "relation")
public class Relation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RelationType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_kind", nullable = false, length = 20)
  private RecordKind fromKind;

  @Column(name = "from_id", nullable = false)
  private Long fromId;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_kind", nullable = false, length = 20)
  private RecordKind toKind;

  @Column(name = "to_id", nullable = false)
  private Long toId;

  @Column(name = "from_date")
  private LocalDate fromDate;

  @Column(name = "to_date")
  private LocalDate toDate;

  @Column(length = 1000)
  private String note;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "source_id")
  private SourceDocument source;

  @Column(length = 2000)
  private String quote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Relation() {}

  public Relation(RelationType type, RecordKind fromKind, Long fromId, RecordKind toKind, Long toId) {
    this.type = type;
    this.fromKind = fromKind;
    this.fromId = fromId;
    this.toKind = toKind;
    this.toId = toId;
  }

  @PrePersist
  void beforeInsert() {
    createdAt = Instant.now();
  }

  /** Re-points one end of the relation, for merging two records. */
  public void repoint(RecordKind kind, Long oldId, Long newId) {
    if (fromKind == kind && fromId.equals(oldId)) {
      fromId = newId;
    }
    if (toKind == kind && toId.equals(oldId)) {
      toId = newId;
    }
  }

  public Long getId() { return id; }
  public RelationType getType() { return type; }
  public void setType(RelationType type) { this.type = type; }
  public RecordKind getFromKind() { return fromKind; }
  public Long getFromId() { return fromId; }
  public RecordKind getToKind() { return toKind; }
  public Long getToId() { return toId; }
  public LocalDate getFromDate() { return fromDate; }
  public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
  public LocalDate getToDate() { return toDate; }
  public void setToDate(LocalDate toDate) { this.toDate = toDate; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public SourceDocument getSource() { return source; }
  public void setSource(SourceDocument source) { this.source = source; }
  public String getQuote() { return quote; }
  public void setQuote(String quote) { this.quote = quote; }
}
