package eu.intercluster.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document read into the platform: its normalised body (hashed for duplicate detection) and metadata. */
@Entity(name = "DocumentRecord")
@Table(name = "document")
public class DocumentRecord {

  public static final String IN_REVIEW = "IN_REVIEW";
  public static final String REVIEWED = "REVIEWED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 1000)
  private String title;

  @Column(name = "file_name", length = 300)
  private String fileName;

  @Column(length = 8)
  private String language;

  @Column(name = "doc_date", length = 40)
  private String docDate;

  @Column(name = "body_sha256", nullable = false, unique = true, length = 64)
  private String bodySha256;

  /** Longer than H2's default varchar limit in Hibernate, so the JDBC type is stated: the column is a varchar. */
  @Column(nullable = false, length = 2000000)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private String body;

  @Column(name = "uploaded_by", length = 100)
  private String uploadedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 20)
  private String status;

  protected DocumentRecord() {}

  public DocumentRecord(String title, String fileName, String bodySha256, String body) {
    this.title = title;
    this.fileName = fileName;
    this.bodySha256 = bodySha256;
    this.body = body;
    this.status = IN_REVIEW;
  }

  @PrePersist
  void beforeInsert() {
    createdAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getTitle() { return title; }
  public String getFileName() { return fileName; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public String getDocDate() { return docDate; }
  public void setDocDate(String docDate) { this.docDate = docDate; }
  public String getBodySha256() { return bodySha256; }
  public String getBody() { return body; }
  public String getUploadedBy() { return uploadedBy; }
  public void setUploadedBy(String uploadedBy) { this.uploadedBy = uploadedBy; }
  public Instant getCreatedAt() { return createdAt; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
}
