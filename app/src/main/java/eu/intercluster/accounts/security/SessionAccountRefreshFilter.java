package eu.intercluster.accounts.security;

import eu.intercluster.accounts.persistence.UserEntity;
import eu.intercluster.accounts.persistence.UserRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the {@code users} table: a user disabled or deleted by
 * the administrator is signed out at the next request, and a changed role applies at once,
 * without waiting for the session to end.
 */
class SessionAccountRefreshFilter extends OncePerRequestFilter {

  private final UserRepository users;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
  private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

  SessionAccountRefreshFilter(UserRepository users) {
    this.users = users;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
      Optional<UserEntity> user = users.findByUsername(signedIn.getUsername());
      if (user.isEmpty() || !user.get().isEnabled()) {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
      } else {
        List<GrantedAuthority> current = List.of(new SimpleGrantedAuthority(user.get().getRole().authority()));
        if (!List.copyOf(authentication.getAuthorities()).equals(current)) {
          SecurityContext context = contexts.createEmptyContext();
          context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
              new SignedInUser(signedIn.getUsername(), "", true, current), null, current));
          contexts.setContext(context);
          sessionContexts.saveContext(context, request, response);
        }
      }
    }
    chain.doFilter(request, response);
  }
}
