package eu.intercluster.accounts.security;

import eu.intercluster.accounts.persistence.UserEntity;
import eu.intercluster.accounts.persistence.UserRepository;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Form sign-in against the {@code users} table. Hashes of an older encoding (bcrypt) are
 * re-hashed with Argon2 on a successful sign-in.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

  private final UserRepository users;

  DatabaseUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users.findByUsername(username).map(DatabaseUserDetailsService::details)
        .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
  }

  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newPassword) {
    UserEntity entity = users.findByUsername(user.getUsername())
        .orElseThrow(() -> new UsernameNotFoundException("No user " + user.getUsername()));
    entity.setPasswordHash(newPassword);
    return details(entity);
  }

  private static UserDetails details(UserEntity user) {
    return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(),
        List.of(new SimpleGrantedAuthority(user.getRole().authority())));
  }
}
