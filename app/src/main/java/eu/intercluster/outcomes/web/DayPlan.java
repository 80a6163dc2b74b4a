package eu.intercluster.outcomes.web;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.Attendance;
import eu.intercluster.outcomes.MeetingOutcomes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The published meetings of one day of an event, by slot, with both participants and their attendance. */
@Component
class DayPlan {

  /** One meeting as the check-in page shows it. */
  record MeetingRow(MeetingView meeting, ParticipantView requester, ParticipantView partner, String time,
      Attendance attendance) {}

  /** The meetings of one slot. */
  record SlotGroup(int slot, String time, List<MeetingRow> meetings) {}

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final MeetingOutcomes outcomes;
  private final Clock clock = Clock.systemUTC();

  DayPlan(EventDirectory events, MeetingBook meetings, MeetingOutcomes outcomes) {
    this.events = events;
    this.meetings = meetings;
    this.outcomes = outcomes;
  }

  List<LocalDate> days(EventView event) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate end = event.endDate() == null ? event.startDate() : event.endDate();
    for (LocalDate d = event.startDate(); d != null && !d.isAfter(end) && days.size() < 60; d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  /** The requested day, else today when the event runs today, else its first day. */
  LocalDate day(EventView event, LocalDate requested) {
    if (requested != null) {
      return requested;
    }
    LocalDate today = LocalDate.now(clock.withZone(event.zone()));
    return days(event).contains(today) || event.startDate() == null ? today : event.startDate();
  }

  List<SlotGroup> slots(EventView event, LocalDate day) {
    Map<Long, ParticipantView> people = events.participants(event.id()).stream()
        .collect(Collectors.toMap(ParticipantView::id, Function.identity(), (a, b) -> a));
    Map<Integer, SlotGroup> groups = new LinkedHashMap<>();
    for (MeetingView m : meetings.meetings(event.id())) {
      if (m.cancelled() || !m.published() || m.slot() == null || m.start() == null) {
        continue;
      }
      ZonedDateTime start = m.start().withZoneSameInstant(event.zone());
      if (!start.toLocalDate().equals(day)) {
        continue;
      }
      String time = start.format(HOURS) + (m.end() == null ? "" : "–" + m.end().withZoneSameInstant(event.zone()).format(HOURS));
      groups.computeIfAbsent(m.slot(), s -> new SlotGroup(s, time, new ArrayList<>()))
          .meetings().add(row(m, people, time));
    }
    return groups.values().stream()
        .sorted(java.util.Comparator.comparing(SlotGroup::time).thenComparing(SlotGroup::slot))
        .map(g -> new SlotGroup(g.slot(), g.time(), g.meetings().stream()
            .sorted(java.util.Comparator.comparing(r -> r.meeting().table() == null ? 0 : r.meeting().table())).toList()))
        .toList();
  }

  MeetingRow row(MeetingView m, EventView event) {
    Map<Long, ParticipantView> people = Map.of(m.requesterId(), events.participant(m.requesterId()),
        m.partnerId(), events.participant(m.partnerId()));
    ZonedDateTime start = m.start() == null ? null : m.start().withZoneSameInstant(event.zone());
    String time = start == null ? "" : start.format(HOURS);
    return row(m, people, time);
  }

  private MeetingRow row(MeetingView m, Map<Long, ParticipantView> people, String time) {
    return new MeetingRow(m, people.get(m.requesterId()), people.get(m.partnerId()), time,
        outcomes.outcome(m.id()).attendance());
  }
}
