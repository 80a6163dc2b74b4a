package eu.intercluster.accounts.web;

import eu.intercluster.accounts.AccountRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new-token form of {@code /account}. */
public class TokenForm {

  @NotBlank(message = "{accounts.validation.required}")
  @Size(max = AccountRules.TOKEN_NAME_MAX, message = "{accounts.validation.size.max}")
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
