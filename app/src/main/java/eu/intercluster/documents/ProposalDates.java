package eu.intercluster.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The dates the extractor states: a date attribute is a map with the text read and, when known, its ISO form. */
final class ProposalDates {

  private ProposalDates() {}

  /** The date as written in the text, or null. */
  static String text(Object date) {
    return date instanceof Map<?, ?> m && m.get("text") != null ? String.valueOf(m.get("text")) : null;
  }

  /** Start and end of an ISO date or range when both are full dates. */
  static LocalDate[] range(Object date) {
    LocalDate[] out = new LocalDate[2];
    if (date instanceof Map<?, ?> m && m.get("iso") instanceof String iso) {
      String[] parts = iso.split("/");
      out[0] = fullDate(parts[0]);
      out[1] = parts.length > 1 ? fullDate(parts[1]) : null;
    }
    return out;
  }

  /** The ISO date when it is a full yyyy-mm-dd date, else null. */
  static LocalDate fullDate(String iso) {
    if (iso == null || iso.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException notAFullDate) {
      return null;
    }
  }
}
