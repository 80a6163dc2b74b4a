package eu.intercluster.events;

import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.ParticipantEntity;
import eu.intercluster.events.persistence.SessionEntity;
import eu.intercluster.events.persistence.VisitEntity;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Entities to the records other modules and pages see. */
final class EventViews {

  private EventViews() {}

  static EventView event(EventEntity e) {
    return new EventView(e.getId(), e.getTitle(), e.getKind(), e.getVenue(), ZoneId.of(e.getZone()),
        e.getStartDate(), e.getEndDate(), e.getTables(), e.getSchedulingMode(), e.getMaxRequests(),
        Duration.ofHours(e.getRequestExpiryHours()), e.getRegistrationOpens(), e.getRegistrationCloses(),
        e.getBookingOpens(), e.getBookingCloses(), e.getActivityId(), e.getOwner(),
        List.copyOf(e.getCoOrganisers()));
  }

  static ParticipantView participant(ParticipantEntity p) {
    return new ParticipantView(p.getId(), p.getEventId(), p.getUsername(), p.getFullName(), p.getEmail(),
        p.getJobTitle(), p.getOrganisationId(), p.getOrganisationName(), p.getCountry(),
        p.getOrganisationKind(), p.getDescription(), p.getThemes(), splitList(p.getLanguages()),
        p.getStatus(), p.isListed(), p.getSessionIds(), p.isDelegate(), p.getCalendarToken());
  }

  static SlotCalculator.Session session(SessionEntity s) {
    return new SlotCalculator.Session(s.getId(), s.getName(), s.getDay(), time(s.getStartMinute()),
        time(s.getEndMinute()), s.getMeetingMinutes(), s.getPauseMinutes(), splitList(s.getBreaks()));
  }

  static SessionView sessionView(SessionEntity s, ZoneId zone) {
    SlotCalculator.Session session = session(s);
    return new SessionView(s.getId(), s.getEventId(), s.getName(), s.getDay(), session.start(),
        session.end(), s.getMeetingMinutes(), s.getPauseMinutes(), session.breaks(),
        SlotCalculator.count(zone, session));
  }

  static Comparator<SessionEntity> sessionOrder() {
    return Comparator.comparing(SessionEntity::getDay).thenComparingInt(SessionEntity::getStartMinute)
        .thenComparing(SessionEntity::getId);
  }

  static VisitView visit(VisitEntity v) {
    return new VisitView(v.getId(), v.getEventId(), v.getTitle(), v.getDay(),
        v.getStartMinute() == null ? null : time(v.getStartMinute()),
        v.getEndMinute() == null ? null : time(v.getEndMinute()), v.getHostOrganisationId(),
        v.getHostName(), v.getDescription(), v.getActivityId());
  }

  static LocalTime time(int minuteOfDay) {
    return minuteOfDay >= 24 * 60 ? LocalTime.MAX.withSecond(0).withNano(0) : LocalTime.ofSecondOfDay(minuteOfDay * 60L);
  }

  static int minutes(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  static List<String> splitList(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static String joinList(List<String> items) {
    if (items == null) {
      return null;
    }
    List<String> clean = items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    return clean.isEmpty() ? null : String.join(",", clean);
  }
}
