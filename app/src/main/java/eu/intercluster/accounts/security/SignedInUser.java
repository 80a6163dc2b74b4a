package eu.intercluster.accounts.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A user signed in by the sign-in form against the {@code users} table (not by an API token). */
class SignedInUser extends User {

  SignedInUser(String username, String passwordHash, boolean enabled,
      Collection<? extends GrantedAuthority> authorities) {
    super(username, passwordHash, enabled, true, true, true, authorities);
  }
}
