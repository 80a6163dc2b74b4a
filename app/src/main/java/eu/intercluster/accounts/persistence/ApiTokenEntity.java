package eu.intercluster.accounts.persistence;

import eu.intercluster.accounts.ApiTokenSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code api_token}: the SHA-256 of a personal token, never the token. Internal. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private UserEntity user;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 16)
  private String prefix;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiTokenEntity() {}

  public ApiTokenEntity(UserEntity user, String name, String tokenHash, String prefix) {
    this.user = user;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.createdAt = Instant.now();
  }

  public ApiTokenSummary toSummary() {
    return new ApiTokenSummary(id, name, prefix, createdAt, lastUsedAt, revokedAt);
  }

  public UserEntity getUser() {
    return user;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public void setLastUsedAt(Instant lastUsedAt) {
    this.lastUsedAt = lastUsedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke() {
    if (revokedAt == null) {
      revokedAt = Instant.now();
    }
  }
}
