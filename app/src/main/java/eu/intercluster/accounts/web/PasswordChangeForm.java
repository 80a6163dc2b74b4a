package eu.intercluster.accounts.web;

import eu.intercluster.accounts.AccountRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-password form of {@code /account}. */
public class PasswordChangeForm {

  @NotBlank(message = "{accounts.validation.required}")
  private String currentPassword;

  @NotBlank(message = "{accounts.validation.required}")
  @Size(min = AccountRules.PASSWORD_MIN, max = AccountRules.PASSWORD_MAX, message = "{accounts.validation.password.size}")
  private String newPassword;

  @NotBlank(message = "{accounts.validation.required}")
  private String confirmPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }
}
