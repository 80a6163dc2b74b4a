package eu.intercluster.accounts.security;

import eu.intercluster.accounts.security.AccessPolicy.Requirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 answers of the API as RFC 9457 problem details that say why: what the request
 * needs, and what it lacks.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String BEARER_CHALLENGE = "Bearer realm=\"intercluster\"";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AccessPolicy policy;

  ProblemResponses(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String detail;
    if (exception instanceof BadCredentialsException rejected) {
      detail = rejected.getMessage();
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE
          + ", error=\"invalid_token\", error_description=\"" + detail.replace('"', '\'') + "\"");
    } else {
      detail = "Signing in is required to " + action(request) + " (" + needs(request)
          + "): send 'Authorization: Bearer ic_...' with a personal API token from /account";
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
    write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException exception) throws IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (exception instanceof CsrfException && !signedIn(authentication)) {
      // The CSRF check runs before sign-in is known to be missing; the real problem is the latter.
      commence(request, response, new InsufficientAuthenticationException(exception.getMessage()));
      return;
    }
    String detail;
    if (exception instanceof CsrfException) {
      detail = "The CSRF token is missing or invalid: a request signed in by session cookie must send "
          + "the page's CSRF token; scripts should use 'Authorization: Bearer ic_...' instead";
    } else {
      String roles = authentication == null ? "none" : authentication.getAuthorities().stream()
          .map(GrantedAuthority::getAuthority).map(a -> a.replace("ROLE_", ""))
          .collect(Collectors.joining(", "));
      detail = "Your role (" + roles + ") does not allow you to " + action(request) + ": "
          + needs(request);
    }
    write(request, response, HttpStatus.FORBIDDEN, "Forbidden", detail);
  }

  private static boolean signedIn(Authentication authentication) {
    return authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  private String needs(HttpServletRequest request) {
    Requirement requirement = policy.requiredFor(request);
    return requirement.role == null ? "a signed-in user" : "it needs the role " + requirement.role;
  }

  private static String action(HttpServletRequest request) {
    return request.getMethod() + " " + AccessPolicy.path(request);
  }

  private static void write(HttpServletRequest request, HttpServletResponse response,
      HttpStatus status, String title, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
