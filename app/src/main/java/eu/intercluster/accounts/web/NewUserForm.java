package eu.intercluster.accounts.web;

import eu.intercluster.accounts.AccountRules;
import eu.intercluster.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The create-user form of {@code /admin/users/new}. */
public class NewUserForm {

  @NotBlank(message = "{accounts.validation.required}")
  @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "{accounts.validation.username}")
  private String username;

  @NotBlank(message = "{accounts.validation.required}")
  @Size(max = AccountRules.DISPLAY_NAME_MAX, message = "{accounts.validation.size.max}")
  private String displayName;

  @NotNull(message = "{accounts.validation.required}")
  private Role role = Role.VIEWER;

  @NotBlank(message = "{accounts.validation.required}")
  @Size(min = AccountRules.PASSWORD_MIN, max = AccountRules.PASSWORD_MAX, message = "{accounts.validation.password.size}")
  private String password;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
