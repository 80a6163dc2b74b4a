package eu.intercluster.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A relation the extractor proposed between two entities of a document, with its quoted sentence. */
@Entity(name = "ProposedRelationRecord")
@Table(name = "proposed_relation")
public class ProposedRelationRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(nullable = false, length = 40)
  private String type;

  @Column(nullable = false, length = 20)
  private String arg0;

  @Column(nullable = false, length = 20)
  private String arg1;

  @Column(length = 1000)
  private String note;

  @Column(length = 2000)
  private String quote;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(name = "written_relation_id")
  private Long writtenRelationId;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected ProposedRelationRecord() {}

  public ProposedRelationRecord(Long documentId, String type, String arg0, String arg1, String note, String quote) {
    this.documentId = documentId;
    this.type = type;
    this.arg0 = arg0;
    this.arg1 = arg1;
    this.note = note;
    this.quote = quote;
    this.status = "PENDING";
  }

  public Long getId() { return id; }
  public Long getDocumentId() { return documentId; }
  public String getType() { return type; }
  public String getArg0() { return arg0; }
  public String getArg1() { return arg1; }
  public String getNote() { return note; }
  public String getQuote() { return quote; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public Long getWrittenRelationId() { return writtenRelationId; }
  public void setWrittenRelationId(Long writtenRelationId) { this.writtenRelationId = writtenRelationId; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }

  public void reviewed(String by) {
    this.reviewedBy = by;
    this.reviewedAt = Instant.now();
  }
}
