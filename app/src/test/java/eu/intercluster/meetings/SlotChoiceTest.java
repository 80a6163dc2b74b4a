package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** From the catalogue a requester proposes a slot of the sessions they attend; the slot is held for both. */
@MeetingsIntegration
class SlotChoiceTest {

  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MockMvc mvc;

  @Test
  void underSelfSchedulingTheCatalogueOffersTheSlotsOfTheRequestersSessionsAndTheChosenSlotIsHeld() throws Exception {
    EventView event = fixture.selfScheduled(2, 2, 3);
    // anna attends only the second session: slots 3-5
    ParticipantView anna = fixture.participant(event, "anna", ParticipantStatus.VALIDATED,
        Set.of(fixture.session(event, 1)));
    ParticipantView bruno = fixture.participant(event, "bruno");
    mvc.perform(get("/events/{e}/catalogue", event.id()).with(user(anna.username()).roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"slot-" + bruno.id() + "\"")))
        .andExpect(content().string(containsString("<option value=\"4\"")))
        .andExpect(content().string(not(containsString("<option value=\"1\""))));

    mvc.perform(post("/events/{e}/requests", event.id()).with(user(anna.username()).roles("VIEWER")).with(csrf())
            .param("recipientId", String.valueOf(bruno.id())).param("message", "").param("slot", "4"))
        .andExpect(status().is3xxRedirection());

    RequestItem sent = requests.ofParticipant(event.id(), anna.username()).outgoing().get(0);
    assertThat(sent.heldSlot().number()).isEqualTo(4);
    assertThat(requests.accept(event.id(), sent.request().id(), bruno.username()).slot()).isEqualTo(4);
  }

  @Test
  void aProposedSlotTheRequesterDoesNotAttendIsRefusedWithTheReason() throws Exception {
    EventView event = fixture.selfScheduled(2, 2, 3);
    ParticipantView anna = fixture.participant(event, "anna", ParticipantStatus.VALIDATED,
        Set.of(fixture.session(event, 1)));
    ParticipantView bruno = fixture.participant(event, "bruno");
    mvc.perform(post("/events/{e}/requests", event.id()).with(user(anna.username()).roles("VIEWER")).with(csrf())
            .param("recipientId", String.valueOf(bruno.id())).param("slot", "1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("slot 1")));
    assertThat(requests.ofParticipant(event.id(), anna.username()).outgoing()).isEmpty();
  }

  @Test
  void underOrganiserSchedulingThereIsNoSlotToChoose() throws Exception {
    EventView event = fixture.organiserScheduled(2, 3);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    mvc.perform(get("/events/{e}/catalogue", event.id()).with(user(anna.username()).roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"request-" + bruno.id() + "\"")))
        .andExpect(content().string(not(containsString("id=\"slot-"))));
  }
}
