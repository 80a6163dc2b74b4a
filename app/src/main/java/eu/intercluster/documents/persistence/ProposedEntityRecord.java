package eu.intercluster.documents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entity the extractor proposed; mentions, attributes and offsets are kept as the JSON the
 * extractor's schema gives. Once accepted it points at the map record it was linked to or created as.
 */
@Entity(name = "ProposedEntityRecord")
@Table(name = "proposed_entity")
public class ProposedEntityRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(name = "entity_key", nullable = false, length = 20)
  private String entityKey;

  @Column(nullable = false, length = 20)
  private String type;

  @Column(nullable = false, length = 1000)
  private String surface;

  @Column(nullable = false, length = 8000)
  private String mentions;

  @Column(nullable = false, length = 8000)
  private String attributes;

  @Column(nullable = false, length = 100000)
  private String offsets;

  @Column(name = "external_id", length = 120)
  private String externalId;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(name = "linked_kind", length = 20)
  private String linkedKind;

  @Column(name = "linked_id")
  private Long linkedId;

  @Column(name = "theme_code", length = 40)
  private String themeCode;

  @Column(name = "written_role_id")
  private Long writtenRoleId;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected ProposedEntityRecord() {}

  public ProposedEntityRecord(Long documentId, String entityKey, String type, String surface, String mentions,
      String attributes, String offsets, String externalId) {
    this.documentId = documentId;
    this.entityKey = entityKey;
    this.type = type;
    this.surface = surface;
    this.mentions = mentions;
    this.attributes = attributes;
    this.offsets = offsets;
    this.externalId = externalId;
    this.status = "PENDING";
  }

  public Long getId() { return id; }
  public Long getDocumentId() { return documentId; }
  public String getEntityKey() { return entityKey; }
  public String getType() { return type; }
  public String getSurface() { return surface; }
  public String getMentions() { return mentions; }
  public String getAttributes() { return attributes; }
  public String getOffsets() { return offsets; }
  public String getExternalId() { return externalId; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getLinkedKind() { return linkedKind; }
  public Long getLinkedId() { return linkedId; }
  public void link(String kind, Long id) { this.linkedKind = kind; this.linkedId = id; }
  public String getThemeCode() { return themeCode; }
  public void setThemeCode(String themeCode) { this.themeCode = themeCode; }
  public Long getWrittenRoleId() { return writtenRoleId; }
  public void setWrittenRoleId(Long writtenRoleId) { this.writtenRoleId = writtenRoleId; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }

  public void reviewed(String by) {
    this.reviewedBy = by;
    this.reviewedAt = Instant.now();
  }
}
