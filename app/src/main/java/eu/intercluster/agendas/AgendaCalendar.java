package eu.intercluster.agendas;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * A participant's published meetings as an iCalendar (RFC 5545) that calendars can subscribe to.
 * Each meeting has the UID {@code meeting-<id>@intercluster} for good, so a moved meeting updates
 * its entry; SEQUENCE and LAST-MODIFIED grow when it moves. Times carry the event's zone (TZID plus
 * its VTIMEZONE), so they stay right across daylight-saving changes. Does not check access.
 */
@Service
public class AgendaCalendar {

  /** How often subscribed calendars should fetch the feed again. */
  static final Duration REFRESH = Duration.ofHours(1);

  private final EventDirectory events;
  private final Agendas agendas;
  private final CalendarStamps stamps;
  private final Clock clock = Clock.systemUTC();

  AgendaCalendar(EventDirectory events, Agendas agendas, CalendarStamps stamps) {
    this.events = events;
    this.agendas = agendas;
    this.stamps = stamps;
  }

  public static String uid(long meetingId) {
    return "meeting-" + meetingId + "@intercluster";
  }

  /** The participant's calendar as iCalendar text (CRLF line ends, folded). */
  public String calendar(long participantId) {
    ParticipantView participant = events.participant(participantId);
    EventView event = events.event(participant.eventId());
    List<AgendaLine> lines = agendas.lines(participant);
    Map<Long, CalendarStamps.Stamp> stamped = stamped(lines);
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Calendar calendar = new Calendar()
        .withProdId(new ProdId("-//Intercluster//Agenda//EN").getValue())
        .withProperty(ImmutableVersion.VERSION_2_0)
        .withProperty(ImmutableCalScale.GREGORIAN)
        .withProperty(new XProperty("X-WR-CALNAME", "B2B: " + event.title() + " — " + participant.fullName()))
        .withProperty(new XProperty("X-WR-TIMEZONE", event.zone().getId()))
        .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
        .withProperty(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()))
        .getFluentTarget();
    VTimeZone zone = registry.getTimeZone(event.zone().getId()).getVTimeZone();
    calendar.add(zone);
    Instant now = clock.instant();
    for (AgendaLine line : lines) {
      calendar.add(entry(event, line, stamped.get(line.meeting().id()), now));
    }
    return calendar.toString();
  }

  private Map<Long, CalendarStamps.Stamp> stamped(List<AgendaLine> lines) {
    var meetings = lines.stream().map(AgendaLine::meeting).toList();
    try {
      return stamps.stamp(meetings);
    } catch (DataIntegrityViolationException concurrentFirstStamp) {
      return stamps.stamp(meetings);
    }
  }

  private static VEvent entry(EventView event, AgendaLine line, CalendarStamps.Stamp stamp, Instant now) {
    ParticipantView partner = line.partner();
    String organisation = partner.organisationName() == null ? "" : " (" + partner.organisationName() + ")";
    VEvent entry = new VEvent(false);
    entry.add(new Uid(uid(line.meeting().id())));
    entry.add(new DtStamp(now));
    entry.add(new LastModified(stamp.modified()));
    entry.add(new Sequence(stamp.sequence()));
    entry.add(new DtStart<>(line.start()));
    entry.add(new DtEnd<>(line.end() == null ? line.start().plusMinutes(30) : line.end()));
    entry.add(new Summary("B2B: " + partner.fullName() + organisation));
    String table = line.meeting().table() == null ? "" : ", table " + line.meeting().table();
    entry.add(new Location((event.venue() == null ? event.title() : event.venue()) + table));
    entry.add(new Description(Stream.of(partner.fullName() + organisation, partner.jobTitle(), partner.email(),
            partner.country(), event.title())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"))));
    return entry;
  }
}
