package eu.intercluster.agendas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.OrganisationService;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who gets which agenda file, through the real security filter chain. */
@AgendasIntegration
class AgendaAccessTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired OrganisationService organisations;
  Scenario s;

  @BeforeEach
  void setUp() {
    s = new Scenario(accounts, organisations);
  }

  private static RequestPostProcessor as(String username) {
    return user(username).roles("VIEWER");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aParticipantDownloadsTheirOwnAgendaAtTheLocalTime() throws Exception {
    byte[] pdf = mvc.perform(get("/events/{e}/agenda.pdf", s.event.id()).with(as(s.lukasz.username())))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();

    assertThat(text(pdf)).contains("Łukasz Żółć", "Maria Rossi", "10:30–11:00", "Europe/Rome", "maria@example.it");
  }

  @Test
  void anotherParticipantCannotReadMyAgendaButTheOrganiserAndIMay() throws Exception {
    String path = "/events/{e}/participants/{p}/agenda.pdf";
    mvc.perform(get(path, s.event.id(), s.lukasz.id()).with(as(s.jean.username()))).andExpect(status().isForbidden());
    mvc.perform(get(path, s.event.id(), s.lukasz.id()).with(as(s.maria.username()))).andExpect(status().isForbidden());
    mvc.perform(get(path, s.event.id(), s.lukasz.id()).with(as(s.organiser))).andExpect(status().isOk());
    mvc.perform(get(path, s.event.id(), s.lukasz.id()).with(as(s.lukasz.username()))).andExpect(status().isOk());
    mvc.perform(get(path, s.event.id(), s.lukasz.id())).andExpect(status().is3xxRedirection());
  }

  @Test
  void aParticipantOfAnotherEventIsNotFoundUnderThisOne() throws Exception {
    Scenario other = new Scenario(accounts, organisations);
    mvc.perform(get("/events/{e}/participants/{p}/agenda.pdf", s.event.id(), other.lukasz.id()).with(as(other.organiser)))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyOrganisersGetTheTablePlanAndAllAgendas() throws Exception {
    mvc.perform(get("/events/{e}/table-plan.pdf", s.event.id()).with(as(s.lukasz.username())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/events/{e}/agendas.pdf", s.event.id()).with(as(s.lukasz.username())))
        .andExpect(status().isForbidden());
    byte[] plan = mvc.perform(get("/events/{e}/table-plan.pdf", s.event.id()).with(as(s.organiser)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(text(plan)).contains("Slot 1", "10:30–11:00", "Łukasz Żółć", "Maria Rossi");
    byte[] all = mvc.perform(get("/events/{e}/agendas.pdf", s.event.id()).with(as(s.organiser)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(text(all)).contains("Agenda of Łukasz Żółć", "Agenda of Maria Rossi", "Agenda of Jean Dupont");
  }

  @Test
  void theOwnCalendarIsADownloadAndTheFeedNeedsOnlyItsToken() throws Exception {
    mvc.perform(get("/events/{e}/agenda.ics", s.event.id()).with(as(s.maria.username())))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

    String feed = mvc.perform(get("/events/calendar/{t}.ics", s.maria.calendarToken()))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(feed).contains("UID:meeting-" + s.meeting.id() + "@intercluster",
        "DTSTART;TZID=Europe/Rome:20270315T103000", "SUMMARY:B2B: Łukasz Żółć (Politechnika Łódzka");

    mvc.perform(get("/events/calendar/{t}.ics", "no-such-token")).andExpect(status().isNotFound());
  }
}
