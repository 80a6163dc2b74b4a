package eu.intercluster.accounts.security;

import eu.intercluster.accounts.ApiTokenRejectedException;
import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.accounts.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer ic_...} as the token's user,
 * with the user's role, for this request only (no session). A token that is unknown, revoked or
 * of a disabled user gets 401 at once, even when a session cookie is present too.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens apiTokens;
  private final AuthenticationEntryPoint rejection;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  ApiTokenAuthenticationFilter(ApiTokens apiTokens, AuthenticationEntryPoint rejection) {
    this.apiTokens = apiTokens;
    this.rejection = rejection;
  }

  static boolean hasBearerToken(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!hasBearerToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
    UserAccount account;
    try {
      account = apiTokens.authenticate(token);
    } catch (ApiTokenRejectedException rejected) {
      contexts.clearContext();
      rejection.commence(request, response, new BadCredentialsException(rejected.getMessage()));
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
        List.of(new SimpleGrantedAuthority(account.role().authority()))));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
