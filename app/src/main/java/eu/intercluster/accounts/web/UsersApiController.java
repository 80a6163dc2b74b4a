package eu.intercluster.accounts.web;

import eu.intercluster.accounts.AccountRules;
import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: user administration for scripts (ADMIN only). Never returns hashes. */
@RestController
@RequestMapping("/api/v1/users")
class UsersApiController {

  /** A new user. */
  record NewUser(
      @NotBlank @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "must be 3 to 64 letters, digits or . _ @ -")
      String username,
      @NotBlank @Size(max = AccountRules.DISPLAY_NAME_MAX) String displayName,
      @NotNull Role role,
      @NotBlank @Size(min = AccountRules.PASSWORD_MIN, max = AccountRules.PASSWORD_MAX) String password) {}

  /** A change of role and/or enabled; absent fields are left as they are. */
  record UserChange(Role role, Boolean enabled) {}

  private final UserAccounts accounts;

  UsersApiController(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  List<UserAccount> list() {
    return accounts.list();
  }

  @GetMapping("/{id}")
  UserAccount get(@PathVariable long id) {
    return accounts.get(id);
  }

  @PostMapping
  ResponseEntity<UserAccount> create(@Valid @RequestBody NewUser user) {
    UserAccount created = accounts.create(user.username(), user.displayName(), user.password(), user.role());
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
  }

  @PatchMapping("/{id}")
  UserAccount change(@PathVariable long id, @RequestBody UserChange change) {
    return accounts.update(id, change.role(), change.enabled());
  }
}
