package eu.intercluster.ecosystem.api;

import eu.intercluster.ecosystem.ThemeCatalogue;

/** Checks of free-text filter parameters. */
final class Filters {

  private Filters() {}

  /** Blank becomes null. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * A theme code of the taxonomy, or null when blank.
   * @throws BadParameterException naming {@code parameter} when the code is unknown
   */
  static String theme(ThemeCatalogue themes, String parameter, String value) {
    String code = text(value);
    if (code == null) {
      return null;
    }
    if (themes.exists(code)) {
      return code;
    }
    String upper = code.toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (themes.exists(upper)) {
      return upper;
    }
    throw new BadParameterException(parameter,
        "unknown theme '" + code + "': must be a theme code listed by GET /api/v1/themes, such as AI or HYDROGEN");
  }
}
