package eu.intercluster.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.agendas.AgendasIntegration;
import eu.intercluster.agendas.Scenario;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outcomes pages, exports and API through the real security chain: who may see and change what. */
@AgendasIntegration
class OutcomePagesTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired OrganisationService organisations;
  @Autowired RelationService relations;
  @Autowired MeetingOutcomes outcomes;
  Scenario s;

  @BeforeEach
  void setUp() {
    s = new Scenario(accounts, organisations);
  }

  private static RequestPostProcessor as(String username) {
    return user(username).roles("VIEWER");
  }

  private long metAt(long organisationId) {
    return relations.touching(RecordKind.ORGANISATION, organisationId).stream()
        .filter(r -> r.type() == RelationType.MET_AT).count();
  }

  @Test
  void theCheckinPageListsParticipantsAndTheDaysMeetingsWithTheirButtons() throws Exception {
    mvc.perform(get("/events/{e}/checkin", s.event.id()).param("day", "2027-03-15").with(as(s.organiser)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"checkin-" + s.maria.id() + "\""),
            containsString("id=\"checkin-" + s.lukasz.id() + "\""), containsString("id=\"q\""),
            containsString("id=\"held-" + s.meeting.id() + "\""), containsString("id=\"noshow-" + s.meeting.id() + "\""),
            containsString("10:30–11:00"), containsString("hx-post="), containsString("Europe/Rome"))));
    mvc.perform(get("/events/{e}/checkin", s.event.id()).param("q", "lodz").with(as(s.organiser)))
        .andExpect(content().string(allOf(containsString("id=\"checkin-" + s.lukasz.id() + "\""),
            not(containsString("id=\"checkin-" + s.maria.id() + "\"")))));
  }

  @Test
  void checkingInAndMarkingHeldThroughHtmxAnswerWithTheRowOnly() throws Exception {
    mvc.perform(post("/events/{e}/checkin/{p}", s.event.id(), s.maria.id()).header("HX-Request", "true")
            .with(as(s.organiser)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"checked-in-" + s.maria.id() + "\""),
            not(containsString("<nav")))));
    mvc.perform(post("/events/{e}/checkin/meetings/{m}/held", s.event.id(), s.meeting.id()).header("HX-Request", "true")
            .with(as(s.organiser)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"attendance-" + s.meeting.id() + "\""),
            containsString("Held"), not(containsString("<nav")))));
    mvc.perform(post("/events/{e}/checkin/meetings/{m}/held", s.event.id(), s.meeting.id())
            .with(as(s.organiser)).with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/events/" + s.event.id() + "/checkin"));

    assertThat(metAt(s.lukasz.organisationId())).isEqualTo(1);
    assertThat(metAt(s.maria.organisationId())).isEqualTo(1);
  }

  @Test
  void participantsCannotUseTheCheckinPageOrMarkMeetings() throws Exception {
    mvc.perform(get("/events/{e}/checkin", s.event.id()).with(as(s.lukasz.username()))).andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/checkin/meetings/{m}/held", s.event.id(), s.meeting.id())
        .with(as(s.lukasz.username())).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/checkin/meetings/{m}/no-show", s.event.id(), s.meeting.id())
        .with(as(s.maria.username())).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/checkin/{p}", s.event.id(), s.jean.id())
        .with(as(s.jean.username())).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(put("/api/v1/events/{e}/meetings/{m}/attendance", s.event.id(), s.meeting.id())
            .contentType(MediaType.APPLICATION_JSON).content("{\"attendance\":\"HELD\"}")
            .with(as(s.lukasz.username())).with(csrf()))
        .andExpect(status().isForbidden());

    assertThat(outcomes.outcome(s.meeting.id()).attendance()).isNull();
    assertThat(metAt(s.lukasz.organisationId())).isZero();
  }

  @Test
  void theOrganiserMarksAttendanceThroughTheApi() throws Exception {
    mvc.perform(put("/api/v1/events/{e}/meetings/{m}/attendance", s.event.id(), s.meeting.id())
            .contentType(MediaType.APPLICATION_JSON).content("{\"attendance\":\"HELD\"}")
            .with(as(s.organiser)).with(csrf()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.attendance").value("HELD"));
    assertThat(metAt(s.maria.organisationId())).isEqualTo(1);
  }

  @Test
  void aParticipantListsHeldMeetingsAndGivesFeedback() throws Exception {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);

    mvc.perform(get("/events/{e}/feedback", s.event.id()).with(as(s.maria.username())))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"feedback-" + s.meeting.id() + "\""),
            containsString("Łukasz Żółć"))));
    mvc.perform(get("/events/{e}/meetings/{m}/feedback", s.event.id(), s.meeting.id()).with(as(s.maria.username())))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"outcome\""), containsString("id=\"rating\""),
            containsString("id=\"comment\""), containsString("id=\"feedback-save\""))));
    mvc.perform(post("/events/{e}/meetings/{m}/feedback", s.event.id(), s.meeting.id())
            .param("outcome", "AGREEMENT_REACHED").param("rating", "5").param("comment", "Joint pilot")
            .with(as(s.maria.username())).with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/events/" + s.event.id() + "/feedback"));

    assertThat(outcomes.feedback(s.meeting.id(), s.maria.id()).orElseThrow().comment()).isEqualTo("Joint pilot");
    assertThat(relations.touching(RecordKind.ORGANISATION, s.lukasz.organisationId()))
        .filteredOn(r -> r.type() == RelationType.AGREEMENT_REACHED).hasSize(1);
  }

  @Test
  void badFeedbackComesBackWithTheFieldMessage() throws Exception {
    mvc.perform(post("/events/{e}/meetings/{m}/feedback", s.event.id(), s.meeting.id())
            .param("outcome", "").param("rating", "9").with(as(s.maria.username())).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(allOf(containsString("is-invalid"), containsString("must be between 1 and 5"))));
    assertThat(outcomes.feedback(s.meeting.id(), s.maria.id())).isEmpty();
  }

  @Test
  void nobodyElseReadsOrGivesFeedbackOnAMeeting() throws Exception {
    mvc.perform(get("/events/{e}/meetings/{m}/feedback", s.event.id(), s.meeting.id()).with(as(s.jean.username())))
        .andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/meetings/{m}/feedback", s.event.id(), s.meeting.id())
            .param("outcome", "AGREEMENT_REACHED").with(as(s.jean.username())).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/v1/events/{e}/meetings/{m}/feedback", s.event.id(), s.meeting.id())
            .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"AGREEMENT_REACHED\",\"rating\":5}")
            .with(as(s.jean.username())).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/events/{e}/meetings/{m}/outcome", s.event.id(), s.meeting.id()).with(as(s.jean.username())))
        .andExpect(status().isForbidden());
    assertThat(outcomes.outcome(s.meeting.id()).feedback()).isEmpty();
  }

  @Test
  void theFollowUpFormSavesWhatHappenedSince() throws Exception {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    String status = "status-" + s.meeting.id();
    mvc.perform(get("/events/{e}/follow-up", s.event.id()).with(as(s.lukasz.username())))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"" + status + "\""), containsString("id=\"follow-up-save\""))));
    mvc.perform(post("/events/{e}/follow-up", s.event.id()).param(status, "PROJECT_PROPOSAL")
            .param("comment-" + s.meeting.id(), "Interreg Euro-MED").with(as(s.lukasz.username())).with(csrf()))
        .andExpect(status().isFound());

    FollowUpView saved = outcomes.followUp(s.meeting.id(), s.lukasz.id()).orElseThrow();
    assertThat(saved.status()).isEqualTo(FollowUpStatus.PROJECT_PROPOSAL);
    assertThat(saved.comment()).isEqualTo("Interreg Euro-MED");
  }

  @Test
  void statisticsAreForOrganisersOnly() throws Exception {
    mvc.perform(get("/events/{e}/stats", s.event.id()).with(as(s.lukasz.username()))).andExpect(status().isForbidden());
    mvc.perform(get("/events/{e}/stats.csv", s.event.id()).with(as(s.lukasz.username()))).andExpect(status().isForbidden());
    mvc.perform(get("/events/{e}/stats.xlsx", s.event.id()).with(as(s.lukasz.username()))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/events/{e}/stats", s.event.id()).with(as(s.lukasz.username())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/events/{e}/stats", s.event.id()).with(as(s.organiser)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.registrations").value(3));
  }

  @Test
  void theStatisticsPageHasChartsTablesAndExportLinks() throws Exception {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    mvc.perform(get("/events/{e}/stats", s.event.id()).with(as(s.organiser)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"stats-csv\""), containsString("id=\"stats-xlsx\""),
            containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"), containsString("id=\"chart-country\""),
            containsString("id=\"stats-meetings\""), containsString("Poland"))));
    mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
    mvc.perform(get("/events/{e}/stats", s.event.id()).param("lang", "it").with(as(s.organiser)))
        .andExpect(content().string(allOf(containsString("Statistiche"), containsString("Iscrizioni per paese"))));
  }

  @Test
  void theCsvExportHasOneLinePerFigure() throws Exception {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 4, null), s.maria.username());

    String csv = mvc.perform(get("/events/{e}/stats.csv", s.event.id()).with(as(s.organiser)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(csv.lines()).first().isEqualTo("section,item,value");
    assertThat(csv.lines()).contains("country,Poland,1", "status,Validated,3", "meetings,Held,1",
        "outcomes,Agreement reached,1", "outcomes,Average rating (1–5),4.00", "kind,Company,2");
  }

  @Test
  void theXlsxExportHasOneSheetPerBreakdown() throws Exception {
    outcomes.markAttendance(s.meeting.id(), Attendance.NO_SHOW, s.organiser);

    byte[] xlsx = mvc.perform(get("/events/{e}/stats.xlsx", s.event.id()).with(as(s.organiser)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = workbook.getSheets().map(Sheet::getName).toList();
      assertThat(names).contains("Registrations by country", "Meetings", "Meeting requests");
      Sheet meetings = workbook.findSheet("Meetings").orElseThrow();
      List<Row> rows = meetings.read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo(s.event.title());
      String table = rows.stream().map(r -> r.getCellText(0) + "=" + r.getCellText(1)).collect(Collectors.joining(";"));
      assertThat(table).contains("No-shows=1", "No-show rate=100.0%", "Held=0", "Registrations=3");
    }
  }

  @Test
  void aCancelledMeetingCannotBeMarkedAndAMeetingOfAnotherEventIsNotFound() throws Exception {
    eu.intercluster.meetings.MeetingView m = s.meeting;
    eu.intercluster.agendas.FakeWorldConfiguration.WORLD.put(new eu.intercluster.meetings.MeetingView(m.id(), m.eventId(),
        m.requestId(), m.requesterId(), m.partnerId(), m.slot(), m.table(), m.start(), m.end(), true, true));
    mvc.perform(post("/events/{e}/checkin/meetings/{m}/held", s.event.id(), m.id()).with(as(s.organiser)).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("cancelled or not scheduled")));
    assertThat(metAt(s.lukasz.organisationId())).isZero();

    Scenario other = new Scenario(accounts, organisations);
    mvc.perform(get("/events/{e}/meetings/{m}/feedback", other.event.id(), m.id()).with(as(s.maria.username())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/events/{e}/meetings/{m}/feedback", s.event.id(), other.meeting.id()).with(as(other.maria.username())))
        .andExpect(status().isNotFound());
  }
}
