package eu.intercluster.ecosystem;

import java.util.Collection;
import java.util.Objects;

/** Small text helpers for applying user input to records. */
final class Text {

  private Text() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Replaces the contents of a stored collection with the stripped, non-blank given values. */
  static void replace(Collection<String> stored, Collection<String> values) {
    stored.clear();
    values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).forEach(stored::add);
  }
}
