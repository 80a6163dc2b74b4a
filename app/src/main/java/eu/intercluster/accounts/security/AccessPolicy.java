package eu.intercluster.accounts.security;

import eu.intercluster.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may do what, for every request of the platform, in one place:
 *
 * <ul>
 *   <li>always public: sign-in, static resources, health, the error page;
 *   <li>{@code /admin/**} and {@code /api/v1/users/**}: ADMIN;
 *   <li>{@code /account/**}: any signed-in user (own password and tokens);
 *   <li>events ({@code /events/**}, {@code /api/v1/events/**}): creating an event needs EDITOR;
 *       the event list, an event's public page, its opted-in catalogue and the registration form
 *       are read like the map, registering is open to anyone, a calendar feed is guarded by its
 *       secret token; everything else needs a signed-in user, and the events modules check on
 *       the server that the user organises the event or is the participant concerned;
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
  private static final Pattern EVENT_PUBLIC_READ = Pattern.compile(
      "/(api/v1/)?events(/\\d+(/catalogue(/.*)?|/register)?)?");
  private static final Pattern EVENT_REGISTRATION = Pattern.compile("/(api/v1/)?events/\\d+/register");
  private static final Pattern EVENT_CALENDAR = Pattern.compile("/events/calendar/[A-Za-z0-9_-]+\\.ics");

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
    if (isUnder(path, "/events") || isUnder(path, "/api/v1/events")) {
      return forEvents(path, request.getMethod());
    }
    if (!READ_METHODS.contains(request.getMethod()) || isEditForm(path)) {
      return Requirement.EDITOR;
    }
    return publicRead ? Requirement.PUBLIC : Requirement.VIEWER;
  }

  private Requirement forEvents(String path, String method) {
    boolean read = READ_METHODS.contains(method);
    if (path.equals("/events/new")
        || !read && (path.equals("/events") || path.equals("/api/v1/events"))) {
      return Requirement.EDITOR;
    }
    if (read && EVENT_CALENDAR.matcher(path).matches()) {
      return Requirement.PUBLIC;
    }
    if (!read && EVENT_REGISTRATION.matcher(path).matches()) {
      return Requirement.PUBLIC;
    }
    if (read && EVENT_PUBLIC_READ.matcher(path).matches()) {
      return publicRead ? Requirement.PUBLIC : Requirement.VIEWER;
    }
    return Requirement.SIGNED_IN;
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
