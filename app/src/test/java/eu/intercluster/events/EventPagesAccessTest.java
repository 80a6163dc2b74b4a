package eu.intercluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import jakarta.servlet.http.Cookie;

/** Pages and API of events: who may see and change what, tried through the UI and the API. */
@EventsIntegration
class EventPagesAccessTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired EventSetup setup;
  @Autowired Registrations registrations;
  @Autowired Marketplace marketplace;
  @Autowired EventDirectory directory;

  EventFixtures fx;
  String owner;
  String coOrganiser;
  String otherEditor;
  String alice;
  String bob;
  long eventId;
  ParticipantView aliceP;
  ParticipantView bobP;

  @BeforeEach
  void setUp() {
    fx = new EventFixtures(accounts);
    owner = fx.user("owner", Role.EDITOR);
    coOrganiser = fx.user("co", Role.VIEWER);
    otherEditor = fx.user("editor", Role.EDITOR);
    alice = fx.user("alice", Role.VIEWER);
    bob = fx.user("bob", Role.VIEWER);
    fx.signIn(owner);
    eventId = setup.create(EventFixtures.event("Access " + UUID.randomUUID(), EventKind.MISSION)).id();
    setup.addSession(eventId, EventFixtures.morning());
    setup.setCoOrganisers(eventId, List.of(coOrganiser));
    fx.signIn(alice);
    aliceP = registrations.register(eventId, EventFixtures.registration("Alice Alpha", "ART-ER"));
    fx.signIn(bob);
    bobP = registrations.register(eventId, EventFixtures.registration("Bob Beta", "Cineca"));
    fx.signIn(owner);
    registrations.validate(aliceP.id(), null, false);
    registrations.validate(bobP.id(), null, false);
    EventFixtures.signOut();
  }

  @AfterEach
  void tearDown() {
    EventFixtures.signOut();
  }

  /** Continues the session of an earlier request (servlet session or Spring Session cookie). */
  static RequestPostProcessor sameSession(MvcResult earlier) {
    MockHttpSession session = (MockHttpSession) earlier.getRequest().getSession(false);
    Cookie[] cookies = earlier.getResponse().getCookies();
    assertThat(session != null || cookies.length > 0).as("a session was created").isTrue();
    return request -> {
      if (session != null) {
        request.setSession(session);
      }
      if (cookies.length > 0) {
        request.setCookies(cookies);
      }
      return request;
    };
  }

  @Test
  void theListAndPublicPageAreReadableWithoutSignIn() throws Exception {
    mvc.perform(get("/events")).andExpect(status().isOk()).andExpect(content().string(containsString("Access ")));
    mvc.perform(get("/events/" + eventId)).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"register-link\"")))
        .andExpect(content().string(containsString("Europe/Rome")))
        .andExpect(content().string(not(containsString("participants-link"))));
    mvc.perform(get("/events/" + eventId).param("lang", "it")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sessioni di incontri")));
    mvc.perform(get("/events/999999")).andExpect(status().isNotFound());
  }

  @Test
  void participantsSeeTheirLinksAndOrganisersTheirTools() throws Exception {
    mvc.perform(get("/events/" + eventId).with(fx.as(alice))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"my-requests-link\"")))
        .andExpect(content().string(containsString("id=\"my-agenda-link\"")))
        .andExpect(content().string(not(containsString("id=\"participants-link\""))));
    mvc.perform(get("/events/" + eventId).with(fx.as(coOrganiser))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"participants-link\"")))
        .andExpect(content().string(containsString("id=\"schedule-link\"")))
        .andExpect(content().string(containsString("id=\"table-plan-link\"")));
  }

  @Test
  void onlyOrganisersOfThisEventSeeAndDecideOnRegistrations() throws Exception {
    String carol = fx.user("carol", Role.VIEWER);
    fx.signIn(carol);
    ParticipantView carolP = registrations.register(eventId, EventFixtures.registration("Carol Gamma", "ART-ER"));
    EventFixtures.signOut();

    mvc.perform(get("/events/" + eventId + "/participants").with(fx.as(alice))).andExpect(status().isForbidden());
    mvc.perform(get("/events/" + eventId + "/participants").with(fx.as(otherEditor))).andExpect(status().isForbidden());
    mvc.perform(post("/events/" + eventId + "/participants/" + carolP.id() + "/validate").with(fx.as(alice)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/events/" + eventId + "/participants/" + carolP.id() + "/validate").with(fx.as(otherEditor)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/events/" + eventId + "/edit").with(fx.as(otherEditor))).andExpect(status().isForbidden());
    mvc.perform(post("/events/" + eventId + "/sessions").with(fx.as(otherEditor)).with(csrf())
        .param("name", "Sneaky").param("day", EventFixtures.DAY.toString()).param("start", "14:00").param("end", "15:00")
        .param("meetingMinutes", "30").param("pauseMinutes", "0")).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/events/" + eventId + "/participants").with(fx.as(alice))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/events/" + eventId + "/participants/" + carolP.id() + "/validate").with(fx.as(alice))
        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    assertThat(directory.participant(carolP.id()).status()).isEqualTo(ParticipantStatus.PENDING);
    assertThat(setup.sessions(eventId)).hasSize(1);

    mvc.perform(get("/events/" + eventId + "/participants").with(fx.as(coOrganiser))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"validate-" + carolP.id() + "\"")))
        .andExpect(content().string(containsString("id=\"reject-" + carolP.id() + "\"")))
        .andExpect(content().string(containsString("id=\"delegate-" + aliceP.id() + "\"")));
    mvc.perform(post("/events/" + eventId + "/participants/" + carolP.id() + "/reject").with(fx.as(coOrganiser)).with(csrf())
        .param("reason", "Duplicate")).andExpect(status().is3xxRedirection());
    assertThat(directory.participant(carolP.id()).status()).isEqualTo(ParticipantStatus.REJECTED);
    mvc.perform(post("/api/v1/events/" + eventId + "/participants/" + carolP.id() + "/validate").with(fx.as(owner))
        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VALIDATED"));
    mvc.perform(get("/api/v1/events/" + eventId + "/participants").with(fx.as(coOrganiser))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3));
  }

  @Test
  void aParticipantCannotChangeAnotherParticipantsProfileOrOpportunities() throws Exception {
    fx.signIn(bob);
    OpportunityView bobs = marketplace.addOpportunity(bobP.id(), new OpportunityInput(OpportunityType.OFFER,
        "HPC hours", "Spare capacity", Set.of("HPC")));
    EventFixtures.signOut();

    String profile = "{\"fullName\":\"Hacked\",\"email\":\"h@example.org\",\"themes\":[],\"languages\":[],"
        + "\"availableSessionIds\":[],\"listed\":false}";
    mvc.perform(put("/api/v1/events/" + eventId + "/participants/" + bobP.id() + "/profile").with(fx.as(alice))
        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(profile)).andExpect(status().isForbidden());
    mvc.perform(post("/events/" + eventId + "/opportunities/" + bobs.id() + "/delete").with(fx.as(alice)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/v1/events/" + eventId + "/opportunities/" + bobs.id()).with(fx.as(alice)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/events/" + eventId + "/participants/" + bobP.id() + "/opportunities").with(fx.as(alice))
        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"OFFER\",\"title\":\"Fake\"}"))
        .andExpect(status().isForbidden());
    assertThat(directory.participant(bobP.id()).fullName()).isEqualTo("Bob Beta");
    assertThat(marketplace.opportunities(bobP.id())).extracting(OpportunityView::title).containsExactly("HPC hours");

    mvc.perform(put("/api/v1/events/" + eventId + "/participants/" + bobP.id() + "/profile").with(fx.as(bob))
        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(profile.replace("Hacked", "Bob B. Beta")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.fullName").value("Bob B. Beta"));
    mvc.perform(post("/events/" + eventId + "/opportunities").with(fx.as(alice)).with(csrf())
        .param("type", "REQUEST").param("title", "Looking for AI partners").param("themes", "AI"))
        .andExpect(redirectedUrl("/events/" + eventId + "/opportunities"));
    mvc.perform(get("/events/" + eventId + "/opportunities").with(fx.as(alice))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Looking for AI partners")))
        .andExpect(content().string(not(containsString("HPC hours"))));
  }

  @Test
  void theCatalogueShowsOnlyValidatedListedParticipantsAndNeverEmails() throws Exception {
    String hidden = fx.user("hidden", Role.VIEWER);
    fx.signIn(hidden);
    RegistrationInput r = EventFixtures.registration("Hidden Person", "ART-ER");
    ParticipantView hiddenP = registrations.register(eventId, new RegistrationInput(r.fullName(), r.email(),
        r.jobTitle(), r.organisationName(), r.country(), r.organisationKind(), r.description(), r.themes(),
        r.languages(), r.availableSessionIds(), false, true, null, null));
    String pending = fx.user("pending", Role.VIEWER);
    fx.signIn(pending);
    registrations.register(eventId, EventFixtures.registration("Pending Person", "ART-ER"));
    fx.signIn(owner);
    registrations.validate(hiddenP.id(), null, false);
    EventFixtures.signOut();

    mvc.perform(get("/events/" + eventId + "/catalogue")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Alice Alpha")))
        .andExpect(content().string(containsString("Bob Beta")))
        .andExpect(content().string(not(containsString("Hidden Person"))))
        .andExpect(content().string(not(containsString("Pending Person"))))
        .andExpect(content().string(not(containsString("@example.org"))))
        .andExpect(content().string(not(containsString("id=\"request-"))));
    mvc.perform(get("/events/" + eventId + "/catalogue").param("q", "alice").header("HX-Request", "true"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Alice Alpha")))
        .andExpect(content().string(not(containsString("Bob Beta"))))
        .andExpect(content().string(not(containsString("<html"))));
    mvc.perform(get("/events/" + eventId + "/catalogue").with(fx.as(alice))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"request-" + bobP.id() + "\"")))
        .andExpect(content().string(containsString("id=\"message-" + bobP.id() + "\"")))
        .andExpect(content().string(not(containsString("id=\"request-" + aliceP.id() + "\""))));
    mvc.perform(get("/api/v1/events/" + eventId + "/catalogue")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(content().string(not(containsString("@example.org"))))
        .andExpect(content().string(not(containsString("calendarToken"))));
  }

  @Test
  void anEditorCreatesAnEventThroughTheFormAndSeesNamedErrors() throws Exception {
    mvc.perform(post("/events").with(fx.as(otherEditor)).with(csrf()).param("title", "")
        .param("kind", "FORUM").param("zone", "Nowhere/Land").param("startDate", "2026-13-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("is-invalid")));
    MvcResult created = mvc.perform(post("/events").with(fx.as(otherEditor)).with(csrf())
        .param("title", "Form-made forum").param("kind", "FORUM").param("venue", "Barcelona")
        .param("zone", "Europe/Madrid").param("startDate", EventFixtures.DAY.toString())
        .param("endDate", EventFixtures.DAY.toString()).param("tables", "5").param("schedulingMode", "ORGANISER")
        .param("maxRequestsPerParticipant", "10").param("requestExpiryHours", "24"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).matches("/events/\\d+/edit");
    long id = Long.parseLong(location.split("/")[2]);
    mvc.perform(post("/events/" + id + "/sessions").with(fx.as(otherEditor)).with(csrf())
        .param("name", "B2B").param("day", EventFixtures.DAY.toString()).param("start", "09:00").param("end", "10:00")
        .param("meetingMinutes", "20").param("pauseMinutes", "0").param("breaks", ""))
        .andExpect(status().is3xxRedirection());
    assertThat(directory.slots(id)).hasSize(3);
    mvc.perform(get("/events/" + id + "/edit").with(fx.as(otherEditor))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"session-add\"")))
        .andExpect(content().string(containsString("id=\"visit-add\"")));
    mvc.perform(post("/events").with(fx.as(alice)).with(csrf()).param("title", "No")).andExpect(status().isForbidden());
  }

  @Test
  void aVisitorRegistersIsSignedInAndSeesTheRegistrationAwaitingValidation() throws Exception {
    String username = "visitor-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(get("/events/" + eventId + "/register")).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"username\"")))
        .andExpect(content().string(containsString("id=\"register-submit\"")));
    mvc.perform(post("/events/" + eventId + "/register").with(csrf()).param("fullName", "Vera Visitor")
        .param("email", "vera@example.org").param("organisationName", "ART-ER").param("username", username)
        .param("password", EventFixtures.PASSWORD)).andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("acceptedTerms")));
    assertThat(accounts.exists(username)).isFalse();

    MvcResult done = mvc.perform(post("/events/" + eventId + "/register").with(csrf()).param("fullName", "Vera Visitor")
        .param("email", "vera@example.org").param("organisationName", "ART-ER").param("country", "Italy")
        .param("themes", "AI").param("listed", "true").param("acceptedTerms", "true").param("username", username)
        .param("password", EventFixtures.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn();
    RequestPostProcessor session = sameSession(done);
    mvc.perform(get(done.getResponse().getRedirectedUrl()).with(session)).andExpect(status().isOk())
        .andExpect(content().string(containsString("awaiting validation")));
    mvc.perform(get("/events/" + eventId).with(session)).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"my-requests-link\"")));
    assertThat(directory.participantOf(eventId, username)).get()
        .extracting(ParticipantView::status).isEqualTo(ParticipantStatus.PENDING);
  }
}
