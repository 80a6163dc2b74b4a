package eu.intercluster.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.persistence.ScheduleRunRecord;
import eu.intercluster.meetings.persistence.ScheduleRunRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;

/** Organiser scheduling: run in the background, publish, agendas, re-plan, manual moves. */
@MeetingsIntegration
class OrganiserSchedulingTest {

  @Autowired Fixture fixture;
  @Autowired MeetingRequests requests;
  @Autowired MeetingSchedule schedule;
  @Autowired MeetingAgendas agendas;
  @Autowired MeetingBook book;
  @Autowired MeetingsTestConfiguration.PublishedEvents published;
  @Autowired ScheduleRunRepository runs;
  @Autowired MockMvc mvc;

  private MeetingView meet(EventView event, ParticipantView from, ParticipantView to) {
    RequestView request = requests.send(event.id(), from.username(), to.id(), "", null);
    return requests.accept(event.id(), request.id(), to.username());
  }

  private ScheduleRunView solved(EventView event) throws InterruptedException {
    ScheduleRunView run = schedule.start(event.id(), event.owner(), 5, 2);
    assertThat(run.status()).isEqualTo("RUNNING");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (run.running() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      run = schedule.run(event.id(), run.id(), event.owner());
    }
    assertThat(run.status()).isEqualTo("DONE");
    return run;
  }

  @Test
  void aRunIsSolvedInTheBackgroundPublishedAndShownInAgendas() throws Exception {
    EventView event = fixture.organiserScheduled(2, 3, 3);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    ParticipantView dario = fixture.participant(event, "dario", ParticipantStatus.VALIDATED,
        Set.of(fixture.session(event, 1)));
    meet(event, anna, bruno);
    meet(event, anna, carla);
    meet(event, dario, anna);
    meet(event, bruno, carla);
    assertThat(agendas.agenda(event.id(), anna.username()).toBeScheduled()).hasSize(3);
    assertThat(agendas.agenda(event.id(), anna.username()).meetings()).isEmpty();

    ScheduleRunView run = solved(event);
    assertThat(run.solverStatus()).isIn("OPTIMAL", "FEASIBLE");
    assertThat(run.assignments()).hasSize(4);
    assertThat(run.breaks()).isGreaterThanOrEqualTo(run.lowerBound());
    assertThat(run.progress()).isNotEmpty();
    assertThat(schedule.overview(event.id(), event.owner()).scheduled()).isZero();

    PublishResult result = schedule.publish(event.id(), run.id(), event.owner());
    assertThat(result.firstPublication()).isTrue();
    assertThat(published.of(SchedulePublished.class, event.id())).singleElement()
        .satisfies(e -> assertThat(e.participantIds()).containsExactlyInAnyOrder(anna.id(), bruno.id(), carla.id(),
            dario.id()));
    ScheduleOverview overview = schedule.overview(event.id(), event.owner());
    assertThat(overview.scheduled()).isEqualTo(4);
    assertThat(overview.unscheduled()).isZero();
    assertThat(overview.replanNeeded()).isFalse();

    AgendaView agenda = agendas.agenda(event.id(), anna.username());
    assertThat(agenda.meetings()).hasSize(3);
    assertThat(agenda.toBeScheduled()).isEmpty();
    assertThat(agenda.zone()).isEqualTo(Fixture.ROME);
    assertThat(agenda.meetings()).extracting(e -> e.start().getZone()).containsOnly(Fixture.ROME);
    List<Integer> slots = agenda.meetings().stream().map(e -> e.meeting().slot()).toList();
    assertThat(slots).isSorted().doesNotHaveDuplicates();
    AgendaEntry withDario = agenda.meetings().stream().filter(e -> e.partner().participantId() == dario.id())
        .findFirst().orElseThrow();
    assertThat(withDario.meeting().slot()).as("dario attends only slots 4-6").isGreaterThanOrEqualTo(4);
    assertThat(withDario.partner().email()).isEqualTo(dario.email());
    assertThat(book.agenda(dario.id())).hasSize(1);
    assertThatThrownBy(() -> schedule.publish(event.id(), run.id(), event.owner()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already published");
  }

  @Test
  void aReplanKeepsPublishedMeetingsInPlaceAndNamesOnlyTheParticipantsAffected() throws Exception {
    EventView event = fixture.organiserScheduled(3, 6);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla");
    ParticipantView dario = fixture.participant(event, "dario");
    ParticipantView elena = fixture.participant(event, "elena");
    ParticipantView fabio = fixture.participant(event, "fabio");
    meet(event, anna, bruno);
    meet(event, carla, dario);
    MeetingView cancelledLater = meet(event, anna, carla);
    schedule.publish(event.id(), solved(event).id(), event.owner());
    var before = book.meetings(event.id()).stream()
        .collect(Collectors.toMap(MeetingView::id, m -> List.of(m.slot(), m.table())));

    meet(event, elena, fabio); // late acceptance
    agendas.cancelMeeting(event.id(), cancelledLater.id(), anna.username());
    assertThat(published.of(ScheduleChanged.class, event.id())).singleElement()
        .satisfies(e -> assertThat(e.participantIds()).containsExactlyInAnyOrder(anna.id(), carla.id()));
    ScheduleOverview overview = schedule.overview(event.id(), event.owner());
    assertThat(overview.replanNeeded()).isTrue();
    assertThat(overview.unscheduled()).isEqualTo(1);
    mvc.perform(get("/events/{e}/schedule", event.id()).with(user(event.owner()).roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"schedule-replan\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"schedule-replan-needed\"")));

    ScheduleRunView replan = solved(event);
    assertThat(replan.replan()).isTrue();
    assertThat(replan.moved()).isZero();
    PublishResult result = schedule.publish(event.id(), replan.id(), event.owner());
    assertThat(result.firstPublication()).isFalse();
    assertThat(result.affectedParticipants()).containsExactlyInAnyOrder(elena.id(), fabio.id(), anna.id(), carla.id());
    assertThat(result.affectedParticipants()).doesNotContain(bruno.id(), dario.id());
    assertThat(published.of(ScheduleChanged.class, event.id())).hasSize(2).last()
        .satisfies(e -> assertThat(e.participantIds()).isEqualTo(result.affectedParticipants()));
    for (MeetingView m : book.meetings(event.id())) {
      if (before.containsKey(m.id())) {
        assertThat(List.of(m.slot(), m.table())).as("meeting %s stays put", m.id()).isEqualTo(before.get(m.id()));
      }
    }
    assertThat(schedule.overview(event.id(), event.owner()).replanNeeded()).isFalse();
  }

  @Test
  void oneRunAtATimeAndARunLeftByARestartIsMarkedFailed() throws Exception {
    EventView event = fixture.organiserScheduled(2, 3);
    meet(event, fixture.participant(event, "anna"), fixture.participant(event, "bruno"));
    ScheduleRunRecord running = runs.saveAndFlush(new ScheduleRunRecord(event.id(), 20, 2, false, event.owner(),
        Instant.now()));
    assertThatThrownBy(() -> schedule.start(event.id(), event.owner(), 2, 2))
        .isInstanceOf(ConflictException.class).hasMessageContaining("still running");
    ScheduleRunRecord orphan = runs.saveAndFlush(new ScheduleRunRecord(event.id(), 20, 2, false, event.owner(),
        Instant.now().minus(Duration.ofHours(1))));
    running.fail("done", 0, Instant.now());
    runs.saveAndFlush(running);
    assertThat(solved(event).solverStatus()).isIn("OPTIMAL", "FEASIBLE");
    assertThat(schedule.run(event.id(), orphan.getId(), event.owner()).status()).isEqualTo("FAILED");
    assertThatThrownBy(() -> schedule.start(event.id(), event.owner(), 0, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("timeLimitSeconds");
  }

  @Test
  void anInfeasibleEventIsExplained() throws Exception {
    EventView event = fixture.organiserScheduled(2, 2);
    ParticipantView anna = fixture.participant(event, "anna");
    for (int i = 0; i < 3; i++) {
      meet(event, anna, fixture.participant(event, "p" + i));
    }
    ScheduleRunView run = solved(event);
    assertThat(run.solverStatus()).isEqualTo("INFEASIBLE");
    assertThat(run.explanation()).contains("3 meetings")
        .as("names, not the scheduler's numbers").contains(anna.fullName() + " (" + anna.organisationName() + ")")
        .doesNotContainPattern("participant \\d");
    assertThatThrownBy(() -> schedule.publish(event.id(), run.id(), event.owner()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("no schedule");
  }

  @Test
  void manualMovesRefuseHardConflictsAndAskToConfirmAvailability() {
    EventView event = fixture.organiserScheduled(2, 2, 2);
    ParticipantView anna = fixture.participant(event, "anna");
    ParticipantView bruno = fixture.participant(event, "bruno");
    ParticipantView carla = fixture.participant(event, "carla", ParticipantStatus.VALIDATED,
        Set.of(fixture.session(event, 0)));
    ParticipantView dario = fixture.participant(event, "dario");
    MeetingView ab = meet(event, anna, bruno);
    MeetingView ac = meet(event, anna, carla);
    MeetingView cd = meet(event, carla, dario);
    String owner = event.owner();
    schedule.move(event.id(), ab.id(), 1, 1, false, owner);
    assertThatThrownBy(() -> schedule.move(event.id(), ac.id(), 1, 2, false, owner))
        .isInstanceOf(ConflictException.class).hasMessageContaining(anna.fullName()).hasMessageContaining("slot 1");
    assertThatThrownBy(() -> schedule.move(event.id(), cd.id(), 1, 1, false, owner))
        .isInstanceOf(ConflictException.class).hasMessageContaining("Table 1 is taken");
    assertThatThrownBy(() -> schedule.move(event.id(), cd.id(), 3, 1, false, owner))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(carla.fullName())
        .hasMessageContaining("confirm");
    assertThatThrownBy(() -> schedule.move(event.id(), cd.id(), 9, 1, false, owner))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("slot");
    MoveResult moved = schedule.move(event.id(), cd.id(), 3, 1, true, owner);
    assertThat(moved.warnings()).hasSize(1);
    assertThat(moved.meeting().slot()).isEqualTo(3);
    assertThat(book.agenda(carla.id())).extracting(MeetingView::id).containsExactly(cd.id());
    assertThat(published.of(ScheduleChanged.class, event.id())).last()
        .satisfies(e -> assertThat(e.participantIds()).containsExactlyInAnyOrder(carla.id(), dario.id()));
  }
}
