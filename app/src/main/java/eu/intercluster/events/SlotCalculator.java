package eu.intercluster.events;

import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The meeting slots of matchmaking sessions. A slot is {@code [start, start + meetingMinutes)};
 * the next one starts {@code pauseMinutes} later; a slot that would overlap a break is not
 * made, and the slots resume at the break's end. Times are computed on the time line (real
 * minutes), so a session across a daylight-saving change keeps meetings of the right length.
 */
final class SlotCalculator {

  /** A session as the calculator needs it. */
  record Session(long id, String name, LocalDate day, LocalTime start, LocalTime end,
      int meetingMinutes, int pauseMinutes, List<String> breaks) {}

  private record Span(Instant start, Instant end) {}

  private SlotCalculator() {}

  /** The slots of all sessions, numbered 1..n in time order. */
  static List<SlotView> slots(ZoneId zone, List<Session> sessions) {
    record Raw(Session session, Instant start, Instant end) {}
    List<Raw> raw = new ArrayList<>();
    for (Session session : sessions) {
      for (Span span : spans(zone, session)) {
        raw.add(new Raw(session, span.start(), span.end()));
      }
    }
    raw.sort(Comparator.comparing(Raw::start).thenComparing(r -> r.session().id()));
    List<SlotView> slots = new ArrayList<>(raw.size());
    for (Raw r : raw) {
      slots.add(new SlotView(slots.size() + 1, r.session().id(), r.session().name(),
          r.start().atZone(zone), r.end().atZone(zone)));
    }
    return slots;
  }

  /** How many slots one session holds. */
  static int count(ZoneId zone, Session session) {
    return spans(zone, session).size();
  }

  /** The session's start and end on the time line. */
  static Instant startOf(ZoneId zone, Session session) {
    return ZonedDateTime.of(session.day(), session.start(), zone).toInstant();
  }

  static Instant endOf(ZoneId zone, Session session) {
    return ZonedDateTime.of(session.day(), session.end(), zone).toInstant();
  }

  private static List<Span> spans(ZoneId zone, Session session) {
    Duration meeting = Duration.ofMinutes(session.meetingMinutes());
    Duration pause = Duration.ofMinutes(session.pauseMinutes());
    Instant end = endOf(zone, session);
    List<Span> breaks = session.breaks().stream()
        .map(b -> parseBreak(b, "breaks"))
        .map(b -> new Span(ZonedDateTime.of(session.day(), b[0], zone).toInstant(),
            ZonedDateTime.of(session.day(), b[1], zone).toInstant()))
        .toList();
    List<Span> spans = new ArrayList<>();
    Instant t = startOf(zone, session);
    while (!t.plus(meeting).isAfter(end)) {
      Instant slotEnd = t.plus(meeting);
      Instant from = t;
      Span overlapping = breaks.stream()
          .filter(b -> b.start().isBefore(slotEnd) && b.end().isAfter(from))
          .max(Comparator.comparing(Span::end)).orElse(null);
      if (overlapping != null) {
        t = overlapping.end().isAfter(t) ? overlapping.end() : t.plus(Duration.ofMinutes(1));
        continue;
      }
      spans.add(new Span(t, slotEnd));
      t = slotEnd.plus(pause);
    }
    return spans;
  }

  /**
   * Parses {@code "HH:mm-HH:mm"} into its start and end.
   *
   * @throws InvalidInputException on {@code field} when it is malformed or ends before it starts
   */
  static LocalTime[] parseBreak(String text, String field) {
    String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new InvalidInputException(field, "'" + text + "' is not a break like 10:30-11:00");
    }
    try {
      LocalTime start = LocalTime.parse(pad(parts[0]));
      LocalTime end = LocalTime.parse(pad(parts[1]));
      if (!end.isAfter(start)) {
        throw new InvalidInputException(field, "break '" + text + "' ends before it starts");
      }
      return new LocalTime[] {start, end};
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "'" + text + "' is not a break like 10:30-11:00");
    }
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  /** The problems of a session's settings (empty when it is fine). */
  static List<FieldProblem> check(SessionInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    if (input.name() == null || input.name().isBlank()) {
      problems.add(new FieldProblem("name", "must not be blank"));
    } else if (input.name().strip().length() > 200) {
      problems.add(new FieldProblem("name", "must be at most 200 characters"));
    }
    if (input.day() == null) {
      problems.add(new FieldProblem("day", "must be a date"));
    }
    if (input.start() == null) {
      problems.add(new FieldProblem("start", "must be a time"));
    }
    if (input.end() == null) {
      problems.add(new FieldProblem("end", "must be a time"));
    } else if (input.start() != null && !input.end().isAfter(input.start())) {
      problems.add(new FieldProblem("end", "must be after the start"));
    }
    if (input.meetingMinutes() < 5 || input.meetingMinutes() > 120) {
      problems.add(new FieldProblem("meetingMinutes", "must be between 5 and 120"));
    }
    if (input.pauseMinutes() < 0 || input.pauseMinutes() > 60) {
      problems.add(new FieldProblem("pauseMinutes", "must be between 0 and 60"));
    }
    for (String text : input.breaks()) {
      try {
        LocalTime[] b = parseBreak(text, "breaks");
        if (input.start() != null && input.end() != null
            && (b[0].isBefore(input.start()) || b[1].isAfter(input.end()))) {
          problems.add(new FieldProblem("breaks", "break '" + text + "' is not inside the session"));
        }
      } catch (InvalidInputException bad) {
        problems.addAll(bad.problems());
      }
    }
    return problems;
  }
}
