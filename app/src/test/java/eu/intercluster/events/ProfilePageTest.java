package eu.intercluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A participant's own registration page: change the profile, withdraw; nobody else's. */
@EventsIntegration
class ProfilePageTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired EventSetup setup;
  @Autowired Registrations registrations;
  @Autowired EventDirectory directory;

  EventFixtures fx;
  String alice;
  String stranger;
  long eventId;
  ParticipantView aliceP;

  @BeforeEach
  void setUp() {
    fx = new EventFixtures(accounts);
    String owner = fx.user("owner", Role.EDITOR);
    alice = fx.user("alice", Role.VIEWER);
    stranger = fx.user("stranger", Role.VIEWER);
    fx.signIn(owner);
    eventId = setup.create(EventFixtures.event("Profile " + UUID.randomUUID(), EventKind.BROKERAGE_EVENT)).id();
    setup.addSession(eventId, EventFixtures.morning());
    fx.signIn(alice);
    aliceP = registrations.register(eventId, EventFixtures.registration("Alice Alpha", "ART-ER"));
    EventFixtures.signOut();
  }

  @AfterEach
  void tearDown() {
    EventFixtures.signOut();
  }

  @Test
  void aParticipantChangesTheirOwnProfile() throws Exception {
    mvc.perform(get("/events/" + eventId + "/profile").with(fx.as(alice))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Alice Alpha")))
        .andExpect(content().string(containsString("id=\"withdraw\"")));
    mvc.perform(post("/events/" + eventId + "/profile").with(fx.as(alice)).with(csrf())
            .param("fullName", "Alice Alpha-Omega").param("email", "alice.new@example.org")
            .param("jobTitle", "CTO").param("description", "Robots").param("languages", "it, en")
            .param("themes", "AI").param("listed", "true"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/events/" + eventId + "/profile?saved"));
    ParticipantView changed = directory.participant(aliceP.id());
    assertThat(changed.fullName()).isEqualTo("Alice Alpha-Omega");
    assertThat(changed.email()).isEqualTo("alice.new@example.org");
    assertThat(changed.themes()).containsExactly("AI");
  }

  @Test
  void aBadEmailIsNamedAndNothingChanges() throws Exception {
    mvc.perform(post("/events/" + eventId + "/profile").with(fx.as(alice)).with(csrf())
            .param("fullName", "Alice Changed").param("email", "not-an-address"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("is-invalid")));
    assertThat(directory.participant(aliceP.id()).fullName()).isEqualTo("Alice Alpha");
  }

  @Test
  void onlyRegisteredUsersReachAProfileAndVisitorsAreSentToSignIn() throws Exception {
    mvc.perform(get("/events/" + eventId + "/profile").with(fx.as(stranger))).andExpect(status().isForbidden());
    mvc.perform(post("/events/" + eventId + "/withdraw").with(fx.as(stranger)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/events/" + eventId + "/profile")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    assertThat(directory.participant(aliceP.id()).status()).isEqualTo(ParticipantStatus.PENDING);
  }

  @Test
  void aParticipantWithdraws() throws Exception {
    mvc.perform(post("/events/" + eventId + "/withdraw").with(fx.as(alice)).with(csrf()))
        .andExpect(redirectedUrl("/events/" + eventId + "/profile?withdrawn"));
    assertThat(directory.participant(aliceP.id()).status()).isEqualTo(ParticipantStatus.WITHDRAWN);
    mvc.perform(get("/events/" + eventId + "/profile?withdrawn").with(fx.as(alice))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"profile-withdrawn\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"withdraw\""))));
  }
}
