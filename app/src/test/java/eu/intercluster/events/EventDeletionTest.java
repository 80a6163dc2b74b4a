package eu.intercluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.NotFoundException;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** An event set up by mistake can be deleted by its owner, until a participant is validated. */
@EventsIntegration
class EventDeletionTest {

  @Autowired EventSetup setup;
  @Autowired EventDirectory directory;
  @Autowired Registrations registrations;
  @Autowired UserAccounts accounts;
  @Autowired ActivityService activities;
  @Autowired MockMvc mvc;

  EventFixtures fx;
  String owner;
  String coOrganiser;

  @BeforeEach
  void setUp() {
    fx = new EventFixtures(accounts);
    owner = fx.user("owner", Role.EDITOR);
    coOrganiser = fx.user("co", Role.EDITOR);
  }

  @AfterEach
  void tearDown() {
    EventFixtures.signOut();
  }

  private EventView missionWithPendingAndRejectedRegistrations() {
    fx.signIn(owner);
    EventView event = setup.create(EventFixtures.event("Mistake " + UUID.randomUUID(), EventKind.MISSION));
    setup.addSession(event.id(), EventFixtures.morning());
    setup.setCoOrganisers(event.id(), List.of(coOrganiser));
    setup.addVisit(event.id(), new VisitInput("Port authority", EventFixtures.DAY, LocalTime.of(15, 0),
        LocalTime.of(16, 0), null, ""));
    fx.signIn(fx.user("pending", Role.VIEWER));
    registrations.register(event.id(), EventFixtures.registration("Pia Pending", "ART-ER"));
    fx.signIn(fx.user("rejected", Role.VIEWER));
    ParticipantView rejected = registrations.register(event.id(), EventFixtures.registration("Rita Rejected", "ART-ER"));
    fx.signIn(owner);
    registrations.reject(rejected.id(), "Not in the sector");
    return directory.event(event.id());
  }

  @Test
  void theOwnerDeletesAnEventWithItsSessionsVisitsRegistrationsAndMapActivities() {
    EventView event = missionWithPendingAndRejectedRegistrations();
    long visitActivity = setup.visits(event.id()).get(0).activityId();
    fx.signIn(owner);

    setup.delete(event.id());

    assertThatThrownBy(() -> directory.event(event.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> activities.get(event.activityId())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> activities.get(visitActivity)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCoOrganiserMayNotDeleteAndAValidatedParticipantStopsTheOwner() {
    EventView event = missionWithPendingAndRejectedRegistrations();
    fx.signIn(coOrganiser);
    assertThatThrownBy(() -> setup.delete(event.id())).isInstanceOf(AccessDeniedException.class);

    fx.signIn(fx.user("valid", Role.VIEWER));
    ParticipantView valid = registrations.register(event.id(), EventFixtures.registration("Vera Valid", "Cineca"));
    fx.signIn(owner);
    registrations.validate(valid.id(), null, false);
    assertThatThrownBy(() -> setup.delete(event.id())).isInstanceOf(ConflictException.class)
        .hasMessageContaining("1 validated");
    assertThat(directory.event(event.id()).title()).isEqualTo(event.title());
    assertThat(activities.get(event.activityId())).isNotNull();
  }

  @Test
  void theApiRefusesToDeleteAnEventWithValidatedParticipantsWithTheReason() throws Exception {
    EventView event = missionWithPendingAndRejectedRegistrations();
    fx.signIn(fx.user("valid", Role.VIEWER));
    ParticipantView valid = registrations.register(event.id(), EventFixtures.registration("Vera Valid", "Cineca"));
    fx.signIn(owner);
    registrations.validate(valid.id(), null, false);
    EventFixtures.signOut();
    mvc.perform(delete("/api/v1/events/{id}", event.id()).with(fx.as(owner)).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("1 validated and 0 withdrawn participants")));
    mvc.perform(post("/events/{id}/delete", event.id()).with(fx.as(owner)).with(csrf()).param("confirm", "true")
            .param("lang", "it"))
        .andExpect(redirectedUrl("/events/" + event.id() + "/edit#delete"))
        .andExpect(flash().attribute("deleteError",
            "Questo evento ha già partecipanti convalidati: non si può più eliminare. Cambia le date o chiudi le iscrizioni."));
  }

  @Test
  void thePageAsksForConfirmationAndTheApiAnswersWithProblemDetails() throws Exception {
    EventView event = missionWithPendingAndRejectedRegistrations();
    EventFixtures.signOut();
    mvc.perform(post("/events/{id}/delete", event.id()).with(fx.as(owner)).with(csrf()))
        .andExpect(redirectedUrl("/events/" + event.id() + "/edit#delete"))
        .andExpect(flash().attribute("deleteError", "Tick the box to confirm the deletion."));
    mvc.perform(delete("/api/v1/events/{id}", event.id()).with(fx.as(coOrganiser)).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(directory.event(event.id()).id()).isEqualTo(event.id());

    mvc.perform(post("/events/{id}/delete", event.id()).with(fx.as(owner)).with(csrf()).param("confirm", "true"))
        .andExpect(redirectedUrl("/events"));
    assertThatThrownBy(() -> directory.event(event.id())).isInstanceOf(NotFoundException.class);
    mvc.perform(delete("/api/v1/events/{id}", event.id()).with(fx.as(owner)).with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("\"status\":404")));
  }
}
