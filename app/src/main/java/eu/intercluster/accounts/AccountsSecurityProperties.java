package eu.intercluster.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code intercluster.security.*}.
 *
 * @param publicRead whether pages and the GET API can be read without signing in
 * @param adminPassword the password of the first administrator; random when empty
 */
@ConfigurationProperties("intercluster.security")
public record AccountsSecurityProperties(@DefaultValue("true") boolean publicRead, String adminPassword) {

  public boolean hasAdminPassword() {
    return adminPassword != null && !adminPassword.isBlank();
  }
}
