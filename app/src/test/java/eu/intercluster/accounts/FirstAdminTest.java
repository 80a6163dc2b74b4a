package eu.intercluster.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.accounts.persistence.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The first administrator: created once, on an empty user table, with the configured password. */
@AccountsIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

  @Autowired UserAccounts accounts;
  @Autowired FirstAdminInitializer initializer;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcTemplate jdbc;

  @Test
  void adminWasCreatedOnStartWithTheConfiguredPassword() {
    UserAccount admin = accounts.find("admin").orElseThrow();

    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.enabled()).isTrue();
    String hash = jdbc.queryForObject("select password_hash from users where username = 'admin'", String.class);
    assertThat(passwordEncoder.matches(AccountsIntegrationTest.ADMIN_PASSWORD, hash)).isTrue();
  }

  @Test
  void laterStartsNeitherCreateNorPrintAnything(CapturedOutput output) {
    long before = accounts.count();

    assertThat(initializer.createFirstAdminIfNoUsers()).isFalse();
    assertThat(accounts.count()).isEqualTo(before);
    assertThat(output).doesNotContain("First sign-in");
  }

  @Test
  @Transactional
  void onAnEmptyUserTableTheAdminIsCreatedAndItsPasswordPrintedOnce(CapturedOutput output) {
    users.deleteAllInBatch();

    assertThat(initializer.createFirstAdminIfNoUsers()).isTrue();
    assertThat(initializer.createFirstAdminIfNoUsers()).isFalse();

    assertThat(output).contains("First sign-in: user admin, password " + AccountsIntegrationTest.ADMIN_PASSWORD
        + " (change it under /account)");
    assertThat(output.toString().split("First sign-in", -1)).hasSize(2);
    assertThat(users.findByUsername("admin")).isPresent();
  }

  @Test
  void randomPasswordsAreTwentyCharactersAndDiffer() {
    String one = FirstAdminInitializer.randomPassword();
    assertThat(one).hasSize(20).isNotEqualTo(FirstAdminInitializer.randomPassword());
  }
}
