package eu.intercluster.events;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users, sign-in on the test thread, and a ready event, for the events tests. */
final class EventFixtures {

  static final String PASSWORD = "correct-horse-battery";
  static final LocalDate DAY = LocalDate.now().plusMonths(2);

  private final UserAccounts accounts;

  EventFixtures(UserAccounts accounts) {
    this.accounts = accounts;
  }

  String user(String prefix, Role role) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, "Test " + prefix, PASSWORD, role);
    return name;
  }

  /** Signs {@code username} in on this thread (services read it through UserAccounts). */
  void signIn(String username) {
    Role role = accounts.find(username).orElseThrow().role();
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
  }

  static void signOut() {
    SecurityContextHolder.clearContext();
  }

  /** For MockMvc requests. */
  RequestPostProcessor as(String username) {
    Role role = accounts.find(username).orElseThrow().role();
    return SecurityMockMvcRequestPostProcessors.user(username).roles(role.name());
  }

  static EventInput event(String title, EventKind kind) {
    return new EventInput(title, kind, "Bologna Tecnopolo", "Europe/Rome", DAY, DAY.plusDays(1), 10,
        SchedulingMode.SELF_SCHEDULING, 20, 48, null, null, null, null, "A morning of talks, then B2B meetings.");
  }

  static SessionInput morning() {
    return new SessionInput("Morning B2B", DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 0,
        List.of("10:30-11:00"));
  }

  static RegistrationInput registration(String fullName, String organisation) {
    return new RegistrationInput(fullName, fullName.toLowerCase().replace(' ', '.') + "@example.org",
        "Manager", organisation, "Italy", "COMPANY", "We build things.", Set.of("AI"), List.of("en", "it"),
        Set.of(), true, true, null, null);
  }
}
