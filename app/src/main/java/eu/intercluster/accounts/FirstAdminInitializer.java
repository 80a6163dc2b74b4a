package eu.intercluster.accounts;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On a start with no users at all, creates the user {@code admin} (ADMIN) with the configured
 * password, or a random one, and prints it once. Later starts find users and print nothing.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

  static final String ADMIN_USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int RANDOM_PASSWORD_LENGTH = 20;

  private final UserAccounts accounts;
  private final AccountsSecurityProperties properties;

  FirstAdminInitializer(UserAccounts accounts, AccountsSecurityProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    createFirstAdminIfNoUsers();
  }

  /** @return whether the admin was created now */
  boolean createFirstAdminIfNoUsers() {
    if (accounts.count() > 0) {
      return false;
    }
    String password = properties.hasAdminPassword() ? properties.adminPassword() : randomPassword();
    try {
      accounts.createFirstAdmin(ADMIN_USERNAME, password);
    } catch (DataIntegrityViolationException anotherNodeWasFaster) {
      return false;
    }
    if (password.length() < AccountRules.PASSWORD_MIN) {
      log.warn("INTERCLUSTER_ADMIN_PASSWORD is shorter than {} characters: change it under /account",
          AccountRules.PASSWORD_MIN);
    }
    String line = "First sign-in: user " + ADMIN_USERNAME + ", password " + password + " (change it under /account)";
    String border = "*".repeat(line.length() + 4);
    log.warn("\n{}\n* {} *\n{}", border, line, border);
    return true;
  }

  static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(RANDOM_PASSWORD_LENGTH);
    for (int i = 0; i < RANDOM_PASSWORD_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
