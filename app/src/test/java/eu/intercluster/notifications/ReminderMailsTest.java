package eu.intercluster.notifications;

import static eu.intercluster.notifications.MailFixtures.ANNA;
import static eu.intercluster.notifications.MailFixtures.BASE_URL;
import static eu.intercluster.notifications.MailFixtures.CARLA;
import static eu.intercluster.notifications.MailFixtures.DAVID;
import static eu.intercluster.notifications.MailFixtures.MARCO;
import static eu.intercluster.notifications.MailFixtures.ROME;
import static eu.intercluster.notifications.MailFixtures.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import eu.intercluster.events.EventView;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.RequestStatus;
import eu.intercluster.meetings.RequestView;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder jobs run with fixed clocks: each reminder goes out once, on the right day. */
class ReminderMailsTest extends GreenMailSupport {

  @Autowired ReminderJobs jobs;

  private static Instant at(int day, int hour) {
    return ZonedDateTime.of(2031, 5, day, hour, 0, 0, 0, ROME).toInstant();
  }

  private EventView eventWithAgendas(long eventId) {
    EventView event = MailFixtures.event(eventId);
    MailFixtures.stub(events, event, MailFixtures.anna(eventId), MailFixtures.marco(eventId),
        MailFixtures.carla(eventId), MailFixtures.david(eventId));
    when(events.events()).thenReturn(List.of(event));
    when(events.slots(eventId)).thenReturn(List.of(MailFixtures.firstSlot()));
    MeetingView meeting = MailFixtures.meetingAt1030(90, eventId);
    MeetingView davids = new MeetingView(91, eventId, 591, DAVID, ANNA, 4, 5,
        meeting.start().plusMinutes(30), meeting.end().plusMinutes(30), true, false);
    when(meetings.agenda(ANNA)).thenReturn(List.of(meeting));
    when(meetings.agenda(MARCO)).thenReturn(List.of(meeting));
    when(meetings.agenda(CARLA)).thenReturn(List.of());
    when(meetings.agenda(DAVID)).thenReturn(List.of(davids));
    return event;
  }

  @Test
  void theAgendaGoesOutOnceTheDayBeforeToValidatedParticipantsWithMeetings() {
    eventWithAgendas(61);

    assertThat(jobs.sendAgendaReminders(at(11, 18))).as("two days before").isZero();
    assertThat(jobs.sendAgendaReminders(at(12, 8))).as("the day before").isEqualTo(2);
    assertThat(jobs.sendAgendaReminders(at(12, 9))).as("an hour later").isZero();
    assertThat(jobs.sendAgendaReminders(at(12, 23))).as("late that evening").isZero();
    assertThat(jobs.sendAgendaReminders(at(13, 8))).as("on the day").isZero();

    List<ReceivedMail> mails = awaitMails(2);
    ReceivedMail anna = to(mails, "anna@alpha.example");
    assertThat(anna.subject()).isEqualTo(TITLE + ": your meetings tomorrow");
    assertThat(anna.text()).contains("10:30 (Europe/Rome)", BASE_URL + "/events/61/agenda.pdf",
        BASE_URL + "/events/calendar/tok-anna.ics");
    ReceivedMail marco = to(mails, "marco@beta.example");
    assertThat(marco.subject()).isEqualTo(TITLE + ": i tuoi incontri di domani");
    assertThat(notificationLog.findByEventIdAndKindOrderByIdAsc(61, "AGENDA_REMINDER"))
        .extracting(NotificationLogEntry::getParticipantId, NotificationLogEntry::getStatus,
            NotificationLogEntry::getDay)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ANNA, NotificationLogEntry.SENT, LocalDate.of(2031, 5, 13)),
            org.assertj.core.groups.Tuple.tuple(MARCO, NotificationLogEntry.SENT, LocalDate.of(2031, 5, 13)));
  }

  @Test
  void theDayBeforeIsTheDayInTheEventsZone() {
    eventWithAgendas(62);
    // 23:30 UTC on 11 May is already 12 May in Rome.
    Instant lateUtc = ZonedDateTime.of(2031, 5, 11, 23, 30, 0, 0, java.time.ZoneOffset.UTC).toInstant();
    assertThat(jobs.sendAgendaReminders(lateUtc)).isEqualTo(2);
    awaitMails(2);
  }

  @Test
  void aPendingRequestIsRemindedOnceWithin24HoursOfItsExpiry() throws Exception {
    long eventId = 63;
    EventView event = MailFixtures.event(eventId);
    MailFixtures.stub(events, event, MailFixtures.anna(eventId), MailFixtures.marco(eventId),
        MailFixtures.carla(eventId));
    when(events.events()).thenReturn(List.of(event));
    Instant now = at(10, 12);
    RequestView soon = request(701, eventId, CARLA, ANNA, now.plus(Duration.ofHours(20)));
    RequestView later = request(702, eventId, ANNA, MARCO, now.plus(Duration.ofHours(30)));
    RequestView gone = request(703, eventId, MARCO, CARLA, now.minus(Duration.ofHours(1)));
    when(meetings.pendingRequests(eventId)).thenReturn(List.of(soon, later, gone));

    assertThat(jobs.sendRequestReminders(now)).isEqualTo(1);
    assertThat(jobs.sendRequestReminders(now.plus(Duration.ofHours(1)))).isZero();
    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": a meeting request from Carla Puig (Gamma SL) awaits your answer");
    assertThat(mail.text()).contains("The request expires on Sunday 11 May 2031, 08:00 (Europe/Rome)",
        BASE_URL + "/events/63/requests");

    greenMail.purgeEmailFromAllMailboxes();
    assertThat(jobs.sendRequestReminders(now.plus(Duration.ofHours(7)))).as("the second request is due").isEqualTo(1);
    ReceivedMail italian = awaitMails(1).get(0);
    assertThat(italian.to()).containsExactly("marco@beta.example");
    assertThat(italian.subject()).isEqualTo(TITLE + ": una richiesta di incontro da Anna Smith (Alpha Ltd) attende la tua risposta");
    assertThat(notificationLog.findByEventIdAndKindOrderByIdAsc(eventId, "REQUEST_REMINDER"))
        .extracting(NotificationLogEntry::getReferenceId).containsExactly(701L, 702L);
  }

  @Test
  void theScheduledRunUsesTheApplicationClockAndIsSafeWithNothingDue() {
    when(events.events()).thenReturn(List.of());
    jobs.run();
    assertThat(received()).isEmpty();
  }

  private static RequestView request(long id, long eventId, long from, long to, Instant expiresAt) {
    return new RequestView(id, eventId, from, to, "Hello", RequestStatus.PENDING,
        expiresAt.minus(Duration.ofDays(3)), expiresAt, null);
  }
}
