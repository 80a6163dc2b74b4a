package eu.intercluster.accounts;

import java.time.Instant;

/** A personal API token as listed to its owner: its name and prefix, never the token itself. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt,
    Instant lastUsedAt, Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
