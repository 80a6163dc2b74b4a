package eu.intercluster.accounts;

import eu.intercluster.accounts.persistence.UserEntity;
import eu.intercluster.accounts.persistence.UserRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the installation: create, list, change role, enable or disable, change password.
 * Passwords are kept only as Argon2 hashes. At least one enabled ADMIN always remains.
 */
@Service
@Transactional
public class UserAccounts {

  private final UserRepository users;
  private final PasswordEncoder passwordEncoder;

  UserAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
  }

  /**
   * Creates an enabled user.
   *
   * @throws InvalidInputException naming the fields that are invalid, or {@code username} when
   *     the name is already taken
   */
  public UserAccount create(String username, String displayName, String rawPassword, Role role) {
    List<FieldProblem> problems = AccountRules.checkNewUser(username, displayName, rawPassword, role);
    if (problems.isEmpty() && users.existsByUsername(username)) {
      problems = List.of(new FieldProblem("username", "'" + username + "' is already taken"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(summary(problems), problems);
    }
    return insert(username, displayName, rawPassword, role);
  }

  /** The first admin: its password is the operator's choice, so the length rule is not applied. */
  UserAccount createFirstAdmin(String username, String rawPassword) {
    if (rawPassword == null || rawPassword.isEmpty()) {
      throw new InvalidInputException("password", "must not be empty");
    }
    return insert(username, "Administrator", rawPassword, Role.ADMIN);
  }

  private UserAccount insert(String username, String displayName, String rawPassword, Role role) {
    UserEntity user = new UserEntity(username, displayName.strip(), passwordEncoder.encode(rawPassword), role);
    return users.saveAndFlush(user).toAccount();
  }

  @Transactional(readOnly = true)
  public List<UserAccount> list() {
    return users.findAllByOrderByUsernameAsc().stream().map(UserEntity::toAccount).toList();
  }

  @Transactional(readOnly = true)
  public Optional<UserAccount> find(String username) {
    return users.findByUsername(username).map(UserEntity::toAccount);
  }

  @Transactional(readOnly = true)
  public UserAccount get(long id) {
    return entity(id).toAccount();
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return users.existsByUsername(username);
  }

  @Transactional(readOnly = true)
  public long count() {
    return users.count();
  }

  /** The user signed in on the current thread (by form or by API token), if any. */
  @Transactional(readOnly = true)
  public Optional<UserAccount> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    return find(authentication.getName());
  }

  /** @throws ConflictException when this would leave no enabled ADMIN */
  public UserAccount changeRole(long id, Role role) {
    if (role == null) {
      throw new InvalidInputException("role", "must be one of ADMIN, EDITOR, VIEWER");
    }
    UserEntity user = entity(id);
    if (user.getRole() == Role.ADMIN && role != Role.ADMIN && user.isEnabled()) {
      requireAnotherAdmin(user);
    }
    user.setRole(role);
    return user.toAccount();
  }

  /** @throws ConflictException when this would leave no enabled ADMIN */
  public UserAccount setEnabled(long id, boolean enabled) {
    UserEntity user = entity(id);
    if (!enabled && user.isEnabled() && user.getRole() == Role.ADMIN) {
      requireAnotherAdmin(user);
    }
    user.setEnabled(enabled);
    return user.toAccount();
  }

  /**
   * Changes the role and/or the enabled flag at once (a {@code null} leaves it as it is); all or
   * nothing.
   */
  public UserAccount update(long id, Role role, Boolean enabled) {
    UserAccount user = get(id);
    if (role != null) {
      user = changeRole(id, role);
    }
    if (enabled != null) {
      user = setEnabled(id, enabled);
    }
    return user;
  }

  /**
   * Changes a user's own password.
   *
   * @throws InvalidInputException on {@code currentPassword} when it is wrong, on
   *     {@code newPassword} when it breaks the rules
   */
  public void changePassword(String username, String currentPassword, String newPassword) {
    UserEntity user = users.findByUsername(username)
        .orElseThrow(() -> new NotFoundException("User", username));
    if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
      throw new InvalidInputException("currentPassword", "is not the current password");
    }
    Optional<FieldProblem> problem = AccountRules.checkPassword("newPassword", newPassword);
    if (problem.isPresent()) {
      throw new InvalidInputException(summary(List.of(problem.get())), List.of(problem.get()));
    }
    user.setPasswordHash(passwordEncoder.encode(newPassword));
  }

  private void requireAnotherAdmin(UserEntity user) {
    if (users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
      throw new ConflictException("last-admin",
          "'" + user.getUsername() + "' is the last enabled ADMIN; make another user ADMIN first",
          List.of(user.getUsername()));
    }
  }

  private UserEntity entity(long id) {
    return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
  }
}
