package eu.intercluster.meetings.web;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The signed-in user's name, or a refusal (which sends an anonymous visitor to the sign-in page). */
@Component("meetingsSignedIn")
class SignedIn {

  private final UserAccounts accounts;

  SignedIn(UserAccounts accounts) {
    this.accounts = accounts;
  }

  String username() {
    return accounts.signedIn().map(UserAccount::username)
        .orElseThrow(() -> new AccessDeniedException("Sign in first"));
  }
}
