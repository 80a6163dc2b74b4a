package eu.intercluster.events.web;

import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses form text into values, collecting a problem per field instead of failing. */
final class FormValues {

  private final List<FieldProblem> problems = new java.util.ArrayList<>();

  LocalDate date(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date like 2026-05-12"));
      return null;
    }
  }

  LocalTime time(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      String t = text.strip();
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a time like 09:30"));
      return null;
    }
  }

  LocalDateTime dateTime(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date and time like 2026-05-12T09:30"));
      return null;
    }
  }

  int integer(String field, String text, int whenBlank) {
    if (blank(text)) {
      return whenBlank;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a whole number"));
      return whenBlank;
    }
  }

  Long id(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a number"));
      return null;
    }
  }

  <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  static List<String> list(String commaSeparated) {
    return commaSeparated == null ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Throws the parsing problems, if any, before the service is called. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException("invalid form", problems);
    }
  }

  /** Field to message (the first per field); general problems under "". */
  static Map<String, String> errors(InvalidInputException invalid) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : invalid.problems()) {
      String field = p.field() == null ? "" : p.field().split("[\\[.]", 2)[0];
      errors.putIfAbsent(field, p.message());
    }
    return errors;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
