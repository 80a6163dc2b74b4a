package eu.intercluster.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Users: hashed passwords, unique names, password changes, and an ADMIN that always remains. */
@AccountsIntegrationTest
class UserAccountsTest {

  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcTemplate jdbc;

  private String storedHash(String username) {
    return jdbc.queryForObject("select password_hash from users where username = ?", String.class, username);
  }

  @Test
  void passwordIsStoredAsArgon2HashNeverRaw() {
    UserAccount user = TestUsers.create(accounts, "hash", Role.VIEWER);

    String hash = storedHash(user.username());
    assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestUsers.PASSWORD);
    assertThat(passwordEncoder.matches(TestUsers.PASSWORD, hash)).isTrue();
    assertThat(user.enabled()).isTrue();
    assertThat(user.createdAt()).isNotNull();
  }

  @Test
  void duplicateUsernameIsRejectedOnTheUsernameField() {
    UserAccount first = TestUsers.create(accounts, "dup", Role.EDITOR);

    assertThatThrownBy(() -> accounts.create(first.username(), "Someone else", TestUsers.PASSWORD, Role.VIEWER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("username"));
  }

  @Test
  void invalidNewUserNamesEveryBadField() {
    assertThatThrownBy(() -> accounts.create("x", " ", "short", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("username", "displayName", "password", "role"));
  }

  @Test
  void changePasswordChecksTheCurrentOneAndTheRules() {
    UserAccount user = TestUsers.create(accounts, "pw", Role.VIEWER);

    assertThatThrownBy(() -> accounts.changePassword(user.username(), "wrong-password", "a-new-long-password"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("currentPassword"));
    assertThatThrownBy(() -> accounts.changePassword(user.username(), TestUsers.PASSWORD, "short"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("newPassword"));

    accounts.changePassword(user.username(), TestUsers.PASSWORD, "a-new-long-password");
    assertThat(passwordEncoder.matches("a-new-long-password", storedHash(user.username()))).isTrue();
  }

  @Test
  @Transactional
  void theLastEnabledAdminCannotBeDemotedOrDisabled() {
    jdbc.update("update users set enabled = false where role = 'ADMIN' and username <> 'admin'");
    UserAccount admin = accounts.find("admin").orElseThrow();

    assertThatThrownBy(() -> accounts.changeRole(admin.id(), Role.EDITOR)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false)).isInstanceOf(ConflictException.class);
    assertThat(accounts.get(admin.id()).role()).isEqualTo(Role.ADMIN);

    UserAccount second = TestUsers.create(accounts, "admin2", Role.ADMIN);
    assertThat(accounts.changeRole(admin.id(), Role.EDITOR).role()).isEqualTo(Role.EDITOR);
    assertThatThrownBy(() -> accounts.setEnabled(second.id(), false)).isInstanceOf(ConflictException.class);
  }
}
