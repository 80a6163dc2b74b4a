package eu.intercluster.accounts;

import eu.intercluster.accounts.persistence.ApiTokenEntity;
import eu.intercluster.accounts.persistence.ApiTokenRepository;
import eu.intercluster.accounts.persistence.UserEntity;
import eu.intercluster.accounts.persistence.UserRepository;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code ic_} followed by 40 random URL-safe characters, sent as
 * {@code Authorization: Bearer ic_...}. Only the SHA-256 of a token is stored, so a token is
 * shown once, when issued.
 */
@Service
@Transactional
public class ApiTokens {

  public static final String TOKEN_PREFIX = "ic_";
  static final int DISPLAY_PREFIX_LENGTH = 10;
  /** last_used_at is written at most this often per token, not on every request. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiTokenRepository tokens;
  private final UserRepository users;

  ApiTokens(ApiTokenRepository tokens, UserRepository users) {
    this.tokens = tokens;
    this.users = users;
  }

  /**
   * Issues a new token for a user and returns it; this is the only time the token is known.
   *
   * @throws NotFoundException when the user does not exist
   * @throws InvalidInputException on {@code name} when the token name is blank or too long
   */
  public String issue(String username, String tokenName) {
    if (tokenName == null || tokenName.isBlank() || tokenName.strip().length() > AccountRules.TOKEN_NAME_MAX) {
      throw new InvalidInputException("name", "must be 1 to " + AccountRules.TOKEN_NAME_MAX + " characters");
    }
    UserEntity user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    String token = newToken();
    tokens.saveAndFlush(new ApiTokenEntity(user, tokenName.strip(), sha256(token),
        token.substring(0, DISPLAY_PREFIX_LENGTH)));
    return token;
  }

  /** The user's tokens, newest first, revoked ones included. */
  @Transactional(readOnly = true)
  public List<ApiTokenSummary> list(String username) {
    return tokens.findByUserUsernameOrderByCreatedAtDesc(username).stream()
        .map(ApiTokenEntity::toSummary).toList();
  }

  /** Revokes one of the user's own tokens; revoking twice is harmless. */
  public void revoke(String username, long tokenId) {
    tokens.findByIdAndUserUsername(tokenId, username)
        .orElseThrow(() -> new NotFoundException("API token", tokenId))
        .revoke();
  }

  /**
   * The user a bearer token authenticates.
   *
   * @throws ApiTokenRejectedException when the token is unknown or revoked, or its user disabled
   */
  public UserAccount authenticate(String rawToken) {
    if (rawToken == null || !rawToken.startsWith(TOKEN_PREFIX)) {
      throw new ApiTokenRejectedException("The bearer token is not an Intercluster API token (ic_...)");
    }
    ApiTokenEntity token = tokens.findByTokenHash(sha256(rawToken))
        .orElseThrow(() -> new ApiTokenRejectedException("The API token is not known"));
    if (token.isRevoked()) {
      throw new ApiTokenRejectedException("The API token has been revoked");
    }
    if (!token.getUser().isEnabled()) {
      throw new ApiTokenRejectedException("The user of the API token is disabled");
    }
    Instant now = Instant.now();
    if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
      token.setLastUsedAt(now);
    }
    return token.getUser().toAccount();
  }

  static String newToken() {
    byte[] random = new byte[30];
    RANDOM.nextBytes(random);
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
