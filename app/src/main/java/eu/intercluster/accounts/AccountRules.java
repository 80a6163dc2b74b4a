package eu.intercluster.accounts;

import eu.intercluster.system.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a username, display name, password and token name must follow. */
public final class AccountRules {

  public static final String USERNAME_PATTERN = "[A-Za-z0-9._@-]{3,64}";
  public static final int DISPLAY_NAME_MAX = 200;
  public static final int PASSWORD_MIN = 10;
  public static final int PASSWORD_MAX = 128;
  public static final int TOKEN_NAME_MAX = 100;

  private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

  private AccountRules() {}

  static List<FieldProblem> checkNewUser(String username, String displayName, String password,
      Role role) {
    List<FieldProblem> problems = new ArrayList<>();
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(new FieldProblem("username",
          "must be 3 to 64 letters, digits or . _ @ -"));
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add(new FieldProblem("displayName", "must not be blank"));
    } else if (displayName.length() > DISPLAY_NAME_MAX) {
      problems.add(new FieldProblem("displayName", "must be at most " + DISPLAY_NAME_MAX + " characters"));
    }
    checkPassword("password", password).ifPresent(problems::add);
    if (role == null) {
      problems.add(new FieldProblem("role", "must be one of ADMIN, EDITOR, VIEWER"));
    }
    return problems;
  }

  static java.util.Optional<FieldProblem> checkPassword(String field, String password) {
    if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
      return java.util.Optional.of(new FieldProblem(field,
          "must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters long"));
    }
    return java.util.Optional.empty();
  }
}
