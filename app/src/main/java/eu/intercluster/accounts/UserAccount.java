package eu.intercluster.accounts;

import java.time.Instant;

/** A user as other modules and the API see it: never the password hash. */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled,
    Instant createdAt) {}
