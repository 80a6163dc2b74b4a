package eu.intercluster.accounts.security;

import eu.intercluster.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * Who may do what, for every request of the platform, in one place:
 *
 * <ul>
 *   <li>always public: sign-in, static resources, health, the error page;
 *   <li>{@code /admin/**} and {@code /api/v1/users/**}: ADMIN;
 *   <li>{@code /account/**}: any signed-in user (own password and tokens);
 *   <li>every change (POST, PUT, PATCH, DELETE) and every {@code .../new} and {@code .../edit}
 *       form: EDITOR;
 *   <li>reading pages and the API (GET, HEAD): nobody when public read is on, VIEWER otherwise.
 * </ul>
 */
class AccessPolicy {

  /** What a request needs. */
  enum Requirement {
    PUBLIC(null), SIGNED_IN(null), VIEWER(Role.VIEWER), EDITOR(Role.EDITOR), ADMIN(Role.ADMIN);

    final Role role;

    Requirement(Role role) {
      this.role = role;
    }
  }

  private static final Set<String> PUBLIC_PATHS =
      Set.of("/login", "/logout", "/error", "/favicon.svg", "/actuator/health");
  private static final List<String> PUBLIC_PREFIXES =
      List.of("/webjars/", "/css/", "/js/", "/img/", "/actuator/health/", "/error/");
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final boolean publicRead;

  AccessPolicy(boolean publicRead) {
    this.publicRead = publicRead;
  }

  Requirement requiredFor(HttpServletRequest request) {
    String path = path(request);
    if (PUBLIC_PATHS.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
      return Requirement.PUBLIC;
    }
    if (isUnder(path, "/admin") || isUnder(path, "/api/v1/users")) {
      return Requirement.ADMIN;
    }
    if (isUnder(path, "/account")) {
      return Requirement.SIGNED_IN;
    }
    if (!READ_METHODS.contains(request.getMethod()) || isEditForm(path)) {
      return Requirement.EDITOR;
    }
    return publicRead ? Requirement.PUBLIC : Requirement.VIEWER;
  }

  /** The REST API and its OpenAPI description: answered with problem details, not redirects. */
  static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return isUnder(path, "/api") || isUnder(path, "/v3/api-docs");
  }

  static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path = context != null && !context.isEmpty() && uri.startsWith(context)
        ? uri.substring(context.length()) : uri;
    int semicolon = path.indexOf(';');
    path = semicolon < 0 ? path : path.substring(0, semicolon);
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static boolean isUnder(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }

  private static boolean isEditForm(String path) {
    return path.endsWith("/new") || path.endsWith("/edit");
  }
}
