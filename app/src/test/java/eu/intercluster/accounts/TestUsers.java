package eu.intercluster.accounts;

import java.util.UUID;

/** Unique usernames, so tests sharing one database do not collide. */
final class TestUsers {

  static final String PASSWORD = "correct-horse-battery";

  private TestUsers() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static UserAccount create(UserAccounts accounts, String prefix, Role role) {
    return accounts.create(unique(prefix), "Test " + prefix, PASSWORD, role);
  }
}
