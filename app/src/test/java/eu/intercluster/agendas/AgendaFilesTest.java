package eu.intercluster.agendas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.intercluster.agendas.persistence.CalendarStamp;
import eu.intercluster.agendas.persistence.CalendarStampRepository;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** PDF agendas, the table plan and the iCalendar, from fake events and meetings (no Spring context). */
class AgendaFilesTest {

  private final FakeEventWorld world = new FakeEventWorld();
  private final Map<Long, CalendarStamp> stampRows = new HashMap<>();
  private AgendaPdf agendaPdf;
  private TablePlanPdf tablePlan;
  private AgendaCalendar calendar;
  private EventView event;
  private ParticipantView lukasz;
  private ParticipantView maria;
  private ParticipantView jean;

  @BeforeEach
  void setUp() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/agendas");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    CalendarStampRepository repository = mock(CalendarStampRepository.class);
    when(repository.findByMeetingIdIn(any())).thenAnswer(call -> {
      List<CalendarStamp> found = new ArrayList<>();
      for (Object id : (Iterable<?>) call.getArgument(0)) {
        if (stampRows.containsKey(id)) {
          found.add(stampRows.get(id));
        }
      }
      return found;
    });
    when(repository.save(any())).thenAnswer(call -> {
      CalendarStamp stamp = call.getArgument(0);
      stampRows.put(stamp.getMeetingId(), stamp);
      return stamp;
    });
    Agendas agendas = new Agendas(world, world);
    agendaPdf = new AgendaPdf(world, agendas, messages);
    tablePlan = new TablePlanPdf(world, world, messages);
    calendar = new AgendaCalendar(world, agendas, new CalendarStamps(repository));
    event = world.event("Emilia-Romagna meets Catalonia — Intercluster B2B", "organiser");
    lukasz = world.participant(event, "lukasz", "Łukasz Żółć", "lukasz@example.pl", 1L, "Politechnika Łódzka",
        "Poland", "UNIVERSITY");
    maria = world.participant(event, "maria", "Maria Rossi", "maria@example.it", 2L, "Genève Innovation SA",
        "Switzerland", "COMPANY");
    jean = world.participant(event, "jean", "Jean Dupont", "jean@example.fr", 3L, "Lyon Tech", "France", "COMPANY");
  }

  private static ZonedDateTime utc(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2027, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  @Test
  void theAgendaPdfShowsEachMeetingAtItsLocalTimeInTheEventZoneWithNonLatin1Names() throws IOException {
    world.meeting(event, lukasz, jean, 3, 2, utc(3, 15, 10, 30));
    world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));

    String text = text(agendaPdf.agenda(lukasz.id(), Locale.ENGLISH));

    assertThat(text).contains("Emilia-Romagna meets Catalonia", "Bologna Fiere", "Łukasz Żółć", "Politechnika Łódzka",
        "Europe/Rome", "Maria Rossi", "Genève Innovation SA", "maria@example.it", "Jean Dupont");
    // 09:30 UTC is 10:30 in Rome in March 2027 (CET); the earlier meeting comes first.
    assertThat(text).contains("10:30–11:00", "11:30–12:00").doesNotContain("09:30");
    assertThat(text.indexOf("Maria Rossi")).isLessThan(text.indexOf("Jean Dupont"));
    assertThat(text).containsPattern("10:30–11:00[\\s\\S]*Mon 15 Mar 2027");
  }

  @Test
  void italianAgendasUseItalianLabels() throws IOException {
    world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));

    assertThat(text(agendaPdf.agenda(lukasz.id(), Locale.ITALIAN))).contains("Agenda di", "Tavolo", "lun 15 mar 2027");
  }

  @Test
  void allAgendasPrintOneParticipantPerPage() throws IOException {
    world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));

    byte[] pdf = agendaPdf.agendas(event.id(), Locale.ENGLISH);

    assertThat(pages(pdf)).isEqualTo(3);
    assertThat(text(pdf)).contains("Agenda of Łukasz Żółć", "Agenda of Maria Rossi", "Agenda of Jean Dupont",
        "No published meetings yet.");
  }

  @Test
  void theTablePlanListsEverySlotWithItsTablesAndBothParticipants() throws IOException {
    world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));
    world.meeting(event, jean, maria, 2, 3, utc(3, 15, 10, 0));

    String text = text(tablePlan.tablePlan(event.id(), Locale.ENGLISH));

    assertThat(text).contains("Table plan", "Slot 1", "10:30–11:00", "Slot 2", "11:00–11:30", "Morning B2B",
        "Łukasz Żółć", "Politechnika Łódzka", "Genève Innovation SA", "Lyon Tech").doesNotContain("Slot 3");
    assertThat(text.indexOf("Slot 1")).isLessThan(text.indexOf("Slot 2"));
  }

  private Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent only(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String property(VEvent entry, String name) {
    return entry.getProperty(name).map(Property::getValue).orElseThrow();
  }

  private static String tzid(VEvent entry, String name) {
    Property p = entry.getProperty(name).orElseThrow();
    return p.getParameter("TZID").orElseThrow().getValue();
  }

  @Test
  void theCalendarParsesBackWithTheEventZoneAndLocalTimes() throws Exception {
    MeetingView meeting = world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));

    String ics = calendar.calendar(lukasz.id());
    Calendar parsed = parse(ics);

    assertThat(ics).contains("\r\n").contains("X-WR-CALNAME:", "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H");
    List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
    assertThat(zones).hasSize(1);
    assertThat(zones.get(0).getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Rome");
    VEvent entry = only(parsed);
    assertThat(property(entry, "UID")).isEqualTo("meeting-" + meeting.id() + "@intercluster");
    assertThat(tzid(entry, "DTSTART")).isEqualTo("Europe/Rome");
    assertThat(property(entry, "DTSTART")).isEqualTo("20270315T103000");
    assertThat(property(entry, "DTEND")).isEqualTo("20270315T110000");
    assertThat(property(entry, "SUMMARY")).isEqualTo("B2B: Maria Rossi (Genève Innovation SA)");
    assertThat(property(entry, "LOCATION")).isEqualTo("Bologna Fiere, Pavilion 30, table 7");
    assertThat(property(entry, "DESCRIPTION")).contains("maria@example.it");
    assertThat(property(entry, "SEQUENCE")).isEqualTo("0");
    assertThat(entry.getProperty("DTSTAMP")).isPresent();
    assertThat(entry.getProperty("LAST-MODIFIED")).isPresent();
  }

  @Test
  void aMovedMeetingKeepsItsUidWithAHigherSequenceAndAcrossDaylightSavingKeepsItsLocalTime() throws Exception {
    MeetingView meeting = world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));
    VEvent before = only(parse(calendar.calendar(lukasz.id())));
    // Unchanged: same sequence on the next fetch.
    assertThat(property(only(parse(calendar.calendar(lukasz.id()))), "SEQUENCE")).isEqualTo("0");

    // Moved after the switch to summer time (28 March 2027): 09:30 UTC is now 11:30 in Rome.
    world.put(new MeetingView(meeting.id(), meeting.eventId(), meeting.requestId(), meeting.requesterId(),
        meeting.partnerId(), 2, 4, utc(3, 29, 9, 30).withZoneSameInstant(FakeEventWorld.ROME),
        utc(3, 29, 10, 0).withZoneSameInstant(FakeEventWorld.ROME), true, false));
    VEvent after = only(parse(calendar.calendar(lukasz.id())));

    assertThat(property(after, "UID")).isEqualTo(property(before, "UID"));
    assertThat(Integer.parseInt(property(after, "SEQUENCE"))).isGreaterThan(Integer.parseInt(property(before, "SEQUENCE")));
    assertThat(tzid(after, "DTSTART")).isEqualTo("Europe/Rome");
    assertThat(property(after, "DTSTART")).isEqualTo("20270329T113000");
    assertThat(property(after, "LOCATION")).endsWith("table 4");
    // The partner's feed shows the same entry.
    assertThat(property(only(parse(calendar.calendar(maria.id()))), "UID")).isEqualTo(property(before, "UID"));
  }

  @Test
  void unpublishedAndCancelledMeetingsStayOutOfTheCalendar() throws Exception {
    MeetingView meeting = world.meeting(event, maria, lukasz, 1, 7, utc(3, 15, 9, 30));
    world.put(new MeetingView(meeting.id(), meeting.eventId(), meeting.requestId(), meeting.requesterId(),
        meeting.partnerId(), 1, 7, meeting.start(), meeting.end(), false, false));

    assertThat(parse(calendar.calendar(lukasz.id())).getComponents("VEVENT")).isEmpty();
  }
}
