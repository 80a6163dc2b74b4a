package eu.intercluster.notifications;

import static eu.intercluster.notifications.MailFixtures.ANNA;
import static eu.intercluster.notifications.MailFixtures.BASE_URL;
import static eu.intercluster.notifications.MailFixtures.CARLA;
import static eu.intercluster.notifications.MailFixtures.MARCO;
import static eu.intercluster.notifications.MailFixtures.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import eu.intercluster.events.ParticipantRegistered;
import eu.intercluster.events.ParticipantRejected;
import eu.intercluster.events.ParticipantValidated;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingCancelled;
import eu.intercluster.meetings.MeetingRequested;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.RequestAccepted;
import eu.intercluster.meetings.RequestDeclined;
import eu.intercluster.meetings.RequestExpired;
import eu.intercluster.meetings.ScheduleChanged;
import eu.intercluster.meetings.SchedulePublished;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One mail per domain event of the events and meetings modules, delivered to GreenMail. */
class EventMailsTest extends GreenMailSupport {

  private long stubEvent(long eventId) {
    MailFixtures.stub(events, MailFixtures.event(eventId), MailFixtures.anna(eventId), MailFixtures.marco(eventId),
        MailFixtures.carla(eventId));
    return eventId;
  }

  @Test
  void registrationIsConfirmedToTheParticipant() {
    long event = stubEvent(41);
    publish(new ParticipantRegistered(event, ANNA));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.from()).isEqualTo("Intercluster B2B <b2b@agency.example>");
    assertThat(mail.subject()).isEqualTo(TITLE + ": registration received");
    assertThat(mail.text()).contains("Dear Anna Smith,", "We received your registration for " + TITLE,
        BASE_URL + "/events/41");
    assertThat(mail.html()).contains("href=\"" + BASE_URL + "/events/41\"");
    assertThat(awaitLog(event, 1)).singleElement().satisfies(entry -> {
      assertThat(entry.getKind()).isEqualTo("REGISTRATION_RECEIVED");
      assertThat(entry.getStatus()).isEqualTo(NotificationLogEntry.SENT);
      assertThat(entry.getRecipient()).isEqualTo("anna@alpha.example");
    });
  }

  @Test
  void validationTellsTheParticipantTheyCanRequestMeetings() {
    long event = stubEvent(42);
    publish(new ParticipantValidated(event, ANNA));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": registration validated");
    assertThat(mail.text()).contains("send meeting requests", BASE_URL + "/events/42/requests");
  }

  @Test
  void rejectionGivesTheOrganisersReason() {
    long event = stubEvent(43);
    publish(new ParticipantRejected(event, ANNA, "Only firms of the agrifood sector take part."));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": registration not accepted");
    assertThat(mail.text()).contains("Reason: Only firms of the agrifood sector take part.");
  }

  @Test
  void aRequestReachesItsRecipientWithTheMessageAndTheRequestsLink() {
    long event = stubEvent(44);
    publish(new MeetingRequested(event, 901, CARLA, ANNA, "Shall we talk about sensors for vineyards?"));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": meeting request from Carla Puig (Gamma SL)");
    assertThat(mail.text()).contains("Carla Puig (Gamma SL) would like a one-to-one meeting with you",
        "Their message: \u201cShall we talk about sensors for vineyards?\u201d",
        BASE_URL + "/events/44/requests");
    assertThat(mail.html()).contains("href=\"" + BASE_URL + "/events/44/requests\"");
  }

  @Test
  void acceptanceWithABookedSlotGivesTheRequesterTheLocalTime() {
    long event = stubEvent(45);
    when(meetings.meeting(77)).thenReturn(MailFixtures.meetingAt1030(77, event));
    publish(new RequestAccepted(event, 577, 77, ANNA, MARCO));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": Marco Bianchi (Beta SpA) accepted your meeting request");
    assertThat(mail.text()).contains("Your meeting: Tuesday 13 May 2031, 10:30 (Europe/Rome), table 4.",
        BASE_URL + "/events/45/agenda", BASE_URL + "/events/calendar/tok-anna.ics");
  }

  @Test
  void acceptanceAwaitingTheOrganisersScheduleSaysSo() {
    long event = stubEvent(46);
    MeetingView unscheduled = new MeetingView(78, event, 578, ANNA, MARCO, null, null, null, null, false, false);
    when(meetings.meeting(78)).thenReturn(unscheduled);
    publish(new RequestAccepted(event, 578, 78, ANNA, MARCO));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.text()).contains("The organisers will give the meeting its time and table")
        .doesNotContain("Europe/Rome");
  }

  @Test
  void aDeclineIsToldToTheRequester() {
    long event = stubEvent(47);
    publish(new RequestDeclined(event, 579, ANNA, CARLA));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": Carla Puig (Gamma SL) declined your meeting request");
    assertThat(mail.text()).contains(BASE_URL + "/events/47/requests");
  }

  @Test
  void anExpiredRequestIsToldToBothEachInTheirLanguage() {
    long event = stubEvent(48);
    publish(new RequestExpired(event, 580, ANNA, MARCO));

    List<ReceivedMail> mails = awaitMails(2);
    ReceivedMail requester = to(mails, "anna@alpha.example");
    assertThat(requester.subject()).isEqualTo(TITLE + ": meeting request with Marco Bianchi (Beta SpA) expired");
    assertThat(requester.text()).contains("Your request for a meeting with Marco Bianchi (Beta SpA)",
        "no longer blocks your time");
    ReceivedMail recipient = to(mails, "marco@beta.example");
    assertThat(recipient.subject()).isEqualTo(TITLE + ": richiesta di incontro con Anna Smith (Alpha Ltd) scaduta");
    assertThat(recipient.text()).contains("Gentile Marco Bianchi,", "scaduta senza risposta");
  }

  @Test
  void aCancelledMeetingIsToldToBothWithItsTime() {
    long event = stubEvent(49);
    when(meetings.meeting(79)).thenReturn(MailFixtures.meetingAt1030(79, event));
    publish(new MeetingCancelled(event, 79, ANNA, MARCO));

    List<ReceivedMail> mails = awaitMails(2);
    ReceivedMail anna = to(mails, "anna@alpha.example");
    assertThat(anna.subject()).isEqualTo(TITLE + ": meeting with Marco Bianchi (Beta SpA) cancelled");
    assertThat(anna.text()).contains("It was planned for Tuesday 13 May 2031, 10:30 (Europe/Rome)");
    ReceivedMail marco = to(mails, "marco@beta.example");
    assertThat(marco.subject()).isEqualTo(TITLE + ": incontro con Anna Smith (Alpha Ltd) annullato");
    assertThat(marco.text()).contains("martedì 13 maggio 2031, ore 10:30 (Europe/Rome)");
  }

  @Test
  void aPublishedScheduleGivesEachListedParticipantTheirAgendaAndLinks() {
    long event = stubEvent(50);
    MeetingView meeting = MailFixtures.meetingAt1030(80, event);
    when(meetings.agenda(ANNA)).thenReturn(List.of(meeting));
    when(meetings.agenda(MARCO)).thenReturn(List.of(meeting));
    publish(new SchedulePublished(event, Set.of(ANNA, MARCO)));

    List<ReceivedMail> mails = awaitMails(2);
    ReceivedMail anna = to(mails, "anna@alpha.example");
    assertThat(anna.subject()).isEqualTo(TITLE + ": your agenda");
    assertThat(anna.text()).contains("Your meetings (local times, Europe/Rome)",
        "- Tuesday 13 May 2031, 10:30 (Europe/Rome) – 10:50, table 4: Marco Bianchi (Beta SpA)",
        BASE_URL + "/events/50/agenda", BASE_URL + "/events/50/agenda.pdf",
        BASE_URL + "/events/calendar/tok-anna.ics");
    assertThat(anna.text().indexOf("Subscribe to the calendar link"))
        .as("notes follow the agenda").isGreaterThan(anna.text().indexOf("table 4: Marco Bianchi"));
    assertThat(anna.html()).contains("href=\"" + BASE_URL + "/events/50/agenda.pdf\"",
        "href=\"" + BASE_URL + "/events/calendar/tok-anna.ics\"", "10:30 (Europe/Rome)");
    ReceivedMail marco = to(mails, "marco@beta.example");
    assertThat(marco.subject()).isEqualTo(TITLE + ": la tua agenda");
    assertThat(marco.text()).contains(
        "- martedì 13 maggio 2031, 10:30 (Europe/Rome) – 10:50, tavolo 4: Anna Smith (Alpha Ltd)",
        BASE_URL + "/events/calendar/tok-marco.ics");
  }

  @Test
  void aChangedScheduleReachesOnlyTheAffectedParticipants() {
    long event = stubEvent(51);
    when(meetings.agenda(MARCO)).thenReturn(List.of(MailFixtures.meetingAt1030(81, event)));
    publish(new ScheduleChanged(event, Set.of(MARCO)));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("marco@beta.example");
    assertThat(mail.subject()).isEqualTo(TITLE + ": la tua agenda è cambiata");
    assertThat(mail.text()).contains("10:30 (Europe/Rome)", "tavolo 4");
  }

  @Test
  void anAgendaWithoutMeetingsSaysSo() {
    long event = stubEvent(52);
    when(meetings.agenda(CARLA)).thenReturn(List.of());
    publish(new SchedulePublished(event, Set.of(CARLA)));

    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.text()).contains("You have no meetings in the schedule.");
  }

  @Test
  void italianOnlyWhenItIsTheFirstLanguage() {
    long event = stubEvent(53);
    publish(new ParticipantRegistered(event, MARCO));
    publish(new ParticipantRegistered(event, CARLA));

    List<ReceivedMail> mails = awaitMails(2);
    ReceivedMail italian = to(mails, "marco@beta.example");
    assertThat(italian.subject()).isEqualTo(TITLE + ": iscrizione ricevuta");
    assertThat(italian.text()).contains("Gentile Marco Bianchi,", "Abbiamo ricevuto la tua iscrizione",
        "Pagina dell’evento");
    assertThat(italian.html()).contains("lang=\"it\"");
    ReceivedMail english = to(mails, "carla@gamma.example");
    assertThat(english.subject()).isEqualTo(TITLE + ": registration received");
    assertThat(english.text()).contains("Dear Carla Puig,");
  }

  @Test
  void aParticipantWithoutAddressIsSkippedAndRecorded() {
    long event = 54;
    ParticipantView noAddress = MailFixtures.participant(1009, event, "eve", "Eve Noaddress", " ",
        "Epsilon", List.of("en"), eu.intercluster.events.ParticipantStatus.VALIDATED, "tok-eve");
    MailFixtures.stub(events, MailFixtures.event(event), noAddress);
    publish(new ParticipantValidated(event, 1009));

    assertThat(awaitLog(event, 1)).singleElement()
        .satisfies(entry -> assertThat(entry.getStatus()).isEqualTo(NotificationLogEntry.SKIPPED));
    assertThat(received()).isEmpty();
  }
}
