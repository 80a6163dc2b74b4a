package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.meetings.persistence.ScheduleRunRecord;
import eu.intercluster.meetings.persistence.ScheduleRunRepository;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Participant B tries to read and change participant A's requests and agenda, and an organiser
 * of another event tries to run and publish this event's schedule, through the pages and the API.
 */
@MeetingsIntegration
class MeetingAccessTest {

  @Autowired MockMvc mvc;
  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MeetingSchedule schedule;
  @Autowired ApiTokens tokens;
  @Autowired ScheduleRunRepository runs;

  EventView event;
  ParticipantView anna;
  ParticipantView bruno;
  ParticipantView carla;
  ParticipantView dario;
  RequestView toAnna;
  MeetingView annaWithDario;

  @BeforeEach
  void setUp() {
    event = fixture.selfScheduled(3, 4);
    anna = fixture.participant(event, "anna");
    bruno = fixture.participant(event, "bruno");
    carla = fixture.participant(event, "carla");
    dario = fixture.participant(event, "dario");
    toAnna = requests.send(event.id(), carla.username(), anna.id(), "hello anna", null);
    RequestView withDario = requests.send(event.id(), anna.username(), dario.id(), "", null);
    annaWithDario = requests.accept(event.id(), withDario.id(), dario.username());
  }

  private static RequestPostProcessor as(ParticipantView p) {
    return user(p.username()).roles("VIEWER");
  }

  private static RequestPostProcessor as(String username) {
    return user(username).roles("VIEWER");
  }

  private String bearer(ParticipantView p) {
    return "Bearer " + tokens.issue(p.username(), "test");
  }

  @Test
  void theRequestsPageShowsOnlyTheSignedInParticipantsRequests() throws Exception {
    mvc.perform(get("/events/{e}/requests", event.id()).with(as(anna)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("accept-" + toAnna.id())))
        .andExpect(content().string(Matchers.containsString("decline-" + toAnna.id())))
        .andExpect(content().string(Matchers.containsString("hello anna")));
    mvc.perform(get("/events/{e}/requests", event.id()).with(as(bruno)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("request-" + toAnna.id()))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("hello anna"))));
    mvc.perform(get("/events/{e}/requests", event.id()).with(as(fixture.user("stranger"))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/events/{e}/requests", event.id())).andExpect(status().is3xxRedirection());
  }

  @Test
  void contactDetailsAppearOnlyAfterAcceptance() throws Exception {
    mvc.perform(get("/events/{e}/requests", event.id()).with(as(anna)))
        .andExpect(content().string(Matchers.containsString(dario.email())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(carla.email()))));
  }

  @Test
  void anotherParticipantCannotAnswerOrCancelARequestAddressedToAnna() throws Exception {
    for (String action : new String[] {"accept", "decline", "cancel"}) {
      mvc.perform(post("/events/{e}/requests/{r}/" + action, event.id(), toAnna.id()).with(csrf()).with(as(bruno)))
          .andExpect(status().isForbidden());
      mvc.perform(post("/api/v1/events/{e}/requests/{r}/" + action, event.id(), toAnna.id())
          .header("Authorization", bearer(bruno))).andExpect(status().isForbidden());
    }
    // the sender cannot accept on the recipient's behalf either
    mvc.perform(post("/events/{e}/requests/{r}/accept", event.id(), toAnna.id()).with(csrf()).with(as(carla)))
        .andExpect(status().isForbidden());
    assertThat(requests.ofParticipant(event.id(), anna.username()).incoming()).singleElement()
        .satisfies(item -> assertThat(item.pending()).isTrue());
  }

  @Test
  void theRecipientAcceptsThroughThePageAndTheAgendaShowsTheMeeting() throws Exception {
    mvc.perform(post("/events/{e}/requests/{r}/accept", event.id(), toAnna.id()).with(csrf()).with(as(anna)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/events/{e}/agenda", event.id()).with(as(anna)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("agenda-pdf")))
        .andExpect(content().string(Matchers.containsString("agenda-ics")))
        .andExpect(content().string(Matchers.containsString("/events/calendar/" + anna.calendarToken() + ".ics")))
        .andExpect(content().string(Matchers.containsString("Europe/Rome")))
        .andExpect(content().string(Matchers.containsString("cancel-meeting-" + annaWithDario.id())))
        .andExpect(content().string(Matchers.containsString(carla.email())));
  }

  @Test
  void anotherParticipantCannotReadOrCancelAnnasAgenda() throws Exception {
    mvc.perform(get("/events/{e}/participants/{p}/agenda", event.id(), anna.id()).with(as(bruno)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/meetings/{m}/cancel", event.id(), annaWithDario.id()).with(csrf()).with(as(bruno)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/events/{e}/meetings/{m}/cancel", event.id(), annaWithDario.id())
        .header("Authorization", bearer(bruno))).andExpect(status().isForbidden());
    mvc.perform(get("/events/{e}/participants/{p}/agenda", event.id(), anna.id()).with(as(event.owner())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("cancel-meeting-" + annaWithDario.id())));
  }

  @Test
  void theApiGivesEachParticipantOnlyTheirOwnRequestsMeetingsAndAgenda() throws Exception {
    mvc.perform(get("/api/v1/events/{e}/requests", event.id()).header("Authorization", bearer(bruno)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.incoming.length()").value(0))
        .andExpect(jsonPath("$.outgoing.length()").value(0));
    mvc.perform(get("/api/v1/events/{e}/requests", event.id()).header("Authorization", bearer(anna)))
        .andExpect(jsonPath("$.incoming[0].request.id").value(toAnna.id()));
    mvc.perform(get("/api/v1/events/{e}/meetings", event.id()).header("Authorization", bearer(bruno)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/api/v1/events/{e}/meetings", event.id()).header("Authorization", bearer(dario)))
        .andExpect(jsonPath("$[0].id").value(annaWithDario.id()));
    mvc.perform(get("/api/v1/events/{e}/agenda", event.id()).header("Authorization", bearer(bruno)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.participantId").value(bruno.id()))
        .andExpect(jsonPath("$.meetings.length()").value(0));
  }

  @Test
  void theApiAnswersRefusedRequestsWithProblemDetails() throws Exception {
    String body = "{\"recipientId\": " + bruno.id() + ", \"message\": \"" + "x".repeat(501) + "\"}";
    mvc.perform(post("/api/v1/events/{e}/requests", event.id()).header("Authorization", bearer(anna))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("message"));
    mvc.perform(post("/api/v1/events/{e}/requests", event.id()).header("Authorization", bearer(anna))
            .contentType(MediaType.APPLICATION_JSON).content("{\"recipientId\": " + dario.id() + "}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://intercluster.eu/problems/duplicate-request"));
    mvc.perform(post("/api/v1/events/{e}/requests", event.id()).header("Authorization", bearer(anna))
            .contentType(MediaType.APPLICATION_JSON).content("{\"recipientId\": " + bruno.id() + "}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING"));
  }

  @Test
  void onlyThisEventsOrganisersRunAndPublishItsSchedule() throws Exception {
    EventView other = fixture.organiserScheduled(2, 2);
    String otherOrganiser = other.owner();
    mvc.perform(get("/events/{e}/schedule", event.id()).with(as(otherOrganiser))).andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/schedule/runs", event.id()).with(csrf()).with(as(otherOrganiser))
        .param("timeLimitSeconds", "2")).andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/schedule/runs", event.id()).with(csrf()).with(as(anna))
        .param("timeLimitSeconds", "2")).andExpect(status().isForbidden());
    String otherToken = "Bearer " + tokens.issue(otherOrganiser, "test");
    mvc.perform(post("/api/v1/events/{e}/schedule/runs", event.id()).header("Authorization", otherToken)
        .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\": 2}")).andExpect(status().isForbidden());

    ScheduleRunView run = schedule.start(event.id(), event.owner(), 2, 2);
    mvc.perform(post("/events/{e}/schedule/runs/{r}/publish", event.id(), run.id()).with(csrf())
        .with(as(otherOrganiser))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/events/{e}/schedule/runs/{r}/publish", event.id(), run.id())
        .header("Authorization", otherToken)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/events/{e}/schedule/runs/{r}", event.id(), run.id())
        .header("Authorization", otherToken)).andExpect(status().isForbidden());
    mvc.perform(post("/events/{e}/schedule/meetings/{m}/move", event.id(), annaWithDario.id()).with(csrf())
        .with(as(otherOrganiser)).param("slot", "2").param("table", "1")).andExpect(status().isForbidden());

    // the event's own organiser sees the page, the polled fragment and the run over the API
    mvc.perform(get("/events/{e}/schedule", event.id()).with(as(event.owner())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"schedule-run\"")))
        .andExpect(content().string(Matchers.containsString("move-" + annaWithDario.id())))
        .andExpect(content().string(Matchers.containsString("schedule-run-panel")));
    mvc.perform(get("/events/{e}/schedule/runs/{r}", event.id(), run.id()).with(as(event.owner())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("schedule-run-panel")));
    mvc.perform(get("/api/v1/events/{e}/schedule/runs/{r}", event.id(), run.id())
        .header("Authorization", "Bearer " + tokens.issue(event.owner(), "test")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(run.id()));
  }

  @Test
  void theRunFragmentPollsWhileRunningAndShowsTheGridWhenDone() throws Exception {
    ScheduleRunRecord running = runs.saveAndFlush(new ScheduleRunRecord(event.id(), 20, 2, false, event.owner(),
        java.time.Instant.now()));
    mvc.perform(get("/events/{e}/schedule/runs/{r}", event.id(), running.getId()).with(as(event.owner())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("hx-trigger=\"every 1s\"")))
        .andExpect(content().string(Matchers.containsString(
            "/events/" + event.id() + "/schedule/runs/" + running.getId())));
    running.fail("stopped by the test", 0, java.time.Instant.now());
    runs.saveAndFlush(running);

    ScheduleRunView run = schedule.start(event.id(), event.owner(), 2, 2);
    long deadline = System.currentTimeMillis() + 30_000;
    while (schedule.run(event.id(), run.id(), event.owner()).running() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    mvc.perform(get("/events/{e}/schedule/runs/{r}", event.id(), run.id()).with(as(event.owner())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("every 1s"))))
        .andExpect(content().string(Matchers.containsString("run-grid")))
        .andExpect(content().string(Matchers.containsString("schedule-publish")));
    mvc.perform(post("/events/{e}/schedule/runs/{r}/publish", event.id(), run.id()).with(csrf())
        .with(as(event.owner()))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/events/{e}/schedule", event.id()).with(as(event.owner())).param("lang", "it"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Questo programma è pubblicato.")));
  }

  @Test
  void aRefusedActionOnAPageSaysWhy() throws Exception {
    mvc.perform(post("/events/{e}/requests", event.id()).with(csrf()).with(as(anna))
            .param("recipientId", String.valueOf(anna.id())).param("message", "me"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("yourself")));
    mvc.perform(post("/events/{e}/requests", event.id()).with(csrf()).with(as(anna))
            .param("recipientId", String.valueOf(dario.id())))
        .andExpect(status().isConflict())
        .andExpect(content().string(Matchers.containsString("already an open")));
  }
}
