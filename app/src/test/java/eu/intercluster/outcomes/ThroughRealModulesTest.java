package eu.intercluster.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.agendas.AgendaCalendar;
import eu.intercluster.agendas.AgendaPdf;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.events.EventInput;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.RegistrationInput;
import eu.intercluster.events.Registrations;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SessionInput;
import eu.intercluster.meetings.MeetingRequests;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.RequestView;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The flow through the real events and meetings modules: an event in Rome's zone, two validated
 * participants, a self-scheduled meeting; the agenda shows it at local time, and once held and agreed
 * it is on both organisations' pages.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:outcomes-real;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false"})
@AutoConfigureMockMvc
class ThroughRealModulesTest {

  @Autowired EventSetup setup;
  @Autowired Registrations registrations;
  @Autowired MeetingRequests requests;
  @Autowired MeetingOutcomes outcomes;
  @Autowired AgendaPdf agendaPdf;
  @Autowired AgendaCalendar calendar;
  @Autowired RelationService relations;
  @Autowired OrganisationService organisations;
  @Autowired UserAccounts accounts;
  @Autowired MockMvc mvc;

  private String user(String prefix, Role role) {
    return accounts.create(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), "Test " + prefix,
        "correct-horse-battery", role).username();
  }

  private long organisation(String name, String country) {
    return organisations.create(new OrganisationInput(name, null, null, OrganisationKind.COMPANY, country, null, null,
        null, null, null), true).id();
  }

  private ParticipantView participant(EventView event, long sessionId, String name, String organisation,
      long organisationId) {
    String username = user("participant", Role.VIEWER);
    return registrations.registerValidatedAs(event.id(), username, new RegistrationInput(name,
        username + "@example.org", "CEO", organisation, "Italy", "COMPANY", "We build things", Set.of(), List.of("en"),
        Set.of(sessionId), true, true, username, null), organisationId);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aHeldMeetingWithAnAgreementReachesBothOrganisationPages() throws Exception {
    String owner = user("owner", Role.EDITOR);
    EventView event = setup.createAs(owner, new EventInput("Real flow " + UUID.randomUUID(), EventKind.BROKERAGE_EVENT,
        "Palazzo Re Enzo, Bologna", "Europe/Rome", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15), 10,
        SchedulingMode.SELF_SCHEDULING, 0, 72, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 3, 14, 0, 0),
        LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2027, 3, 14, 0, 0), null),
        List.of(new SessionInput("B2B", LocalDate.of(2027, 3, 15), LocalTime.of(10, 30), LocalTime.of(12, 0), 30, 0, null)));
    long session = setup.sessions(event.id()).get(0).id();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    long lodz = organisation("Łódź Robotics " + tag, "Poland");
    long geneve = organisation("Genève Hydrogène " + tag, "Switzerland");
    ParticipantView lukasz = participant(event, session, "Łukasz Żółć", "Łódź Robotics " + tag, lodz);
    ParticipantView anne = participant(event, session, "Anne Müller", "Genève Hydrogène " + tag, geneve);

    RequestView request = requests.send(event.id(), lukasz.username(), anne.id(), "Hydrogen robots?", null);
    MeetingView meeting = requests.accept(event.id(), request.id(), anne.username());
    assertThat(meeting.slot()).isNotNull();

    assertThat(text(agendaPdf.agenda(lukasz.id(), Locale.ENGLISH)))
        .contains("Anne Müller", "Genève Hydrogène", "10:30–11:00", "Europe/Rome");
    assertThat(calendar.calendar(anne.id())).contains("UID:meeting-" + meeting.id() + "@intercluster",
        "DTSTART;TZID=Europe/Rome:20270315T103000");

    outcomes.markAttendance(meeting.id(), Attendance.HELD, owner);
    outcomes.saveFeedback(meeting.id(), new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, null), anne.username());

    for (long organisation : List.of(lodz, geneve)) {
      assertThat(relations.touching(RecordKind.ORGANISATION, organisation))
          .extracting(r -> r.type())
          .containsExactlyInAnyOrder(RelationType.PARTICIPATED, RelationType.MET_AT, RelationType.AGREEMENT_REACHED);
      String page = mvc.perform(get("/organisations/{id}", organisation).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(owner).roles("EDITOR")))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(page).contains("had a B2B meeting with", "reached an agreement with",
          organisation == lodz ? "Genève Hydrogène " + tag : "Łódź Robotics " + tag);
    }
  }
}
