package eu.intercluster.events;

import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The checks on an event's settings, each problem named by its field. */
final class EventRules {

  private EventRules() {}

  static void check(EventInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null) {
      throw new InvalidInputException("event", "is missing");
    }
    text(problems, "title", input.title(), 300, true);
    text(problems, "venue", input.venue(), 300, false);
    text(problems, "description", input.description(), 8000, false);
    if (input.kind() == null) {
      problems.add(new FieldProblem("kind", "must be one of BROKERAGE_EVENT, MISSION, FORUM"));
    }
    if (zone(input.zone()) == null) {
      problems.add(new FieldProblem("zone", "must be a time zone such as Europe/Rome"));
    }
    if (input.startDate() == null) {
      problems.add(new FieldProblem("startDate", "must be a date"));
    }
    if (input.endDate() == null) {
      problems.add(new FieldProblem("endDate", "must be a date"));
    } else if (input.startDate() != null && input.endDate().isBefore(input.startDate())) {
      problems.add(new FieldProblem("endDate", "must not be before the start date"));
    }
    if (input.tables() < 1 || input.tables() > 10000) {
      problems.add(new FieldProblem("tables", "must be between 1 and 10000"));
    }
    if (input.schedulingMode() == null) {
      problems.add(new FieldProblem("schedulingMode", "must be SELF_SCHEDULING or ORGANISER"));
    }
    if (input.maxRequestsPerParticipant() < 0) {
      problems.add(new FieldProblem("maxRequestsPerParticipant", "must be 0 (no limit) or more"));
    }
    if (input.requestExpiryHours() < 0) {
      problems.add(new FieldProblem("requestExpiryHours", "must be 0 (never) or more"));
    }
    window(problems, "registrationCloses", input.registrationOpens(), input.registrationCloses());
    window(problems, "bookingCloses", input.bookingOpens(), input.bookingCloses());
    throwIfAny(problems);
  }

  static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }

  static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "must not be blank"));
      }
    } else if (value.strip().length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  private static void window(List<FieldProblem> problems, String field, LocalDateTime opens, LocalDateTime closes) {
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      problems.add(new FieldProblem(field, "must be after the opening"));
    }
  }

  static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().map(p -> p.field() + ": " + p.message())
          .collect(Collectors.joining("; ")), problems);
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
