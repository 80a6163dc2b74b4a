package eu.intercluster.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.agendas.AgendasIntegration;
import eu.intercluster.agendas.FakeWorldConfiguration;
import eu.intercluster.agendas.Scenario;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RelationService;
import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.ecosystem.RelationView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.RequestCounts;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The rules of attendance, feedback, follow-up and their relations in the map, one per test. */
@AgendasIntegration
@RecordApplicationEvents
class MeetingOutcomesTest {

  @Autowired MeetingOutcomes outcomes;
  @Autowired CheckIns checkIns;
  @Autowired EventStatistics statistics;
  @Autowired RelationService relations;
  @Autowired UserAccounts accounts;
  @Autowired OrganisationService organisations;
  @Autowired ApplicationEvents published;
  Scenario s;

  @BeforeEach
  void setUp() {
    s = new Scenario(accounts, organisations);
  }

  private List<RelationView> between(RelationType type, ParticipantView a, ParticipantView b) {
    return relations.touching(RecordKind.ORGANISATION, a.organisationId()).stream()
        .filter(r -> r.type() == type && r.other(RecordKind.ORGANISATION, a.organisationId()).id() == b.organisationId())
        .toList();
  }

  @Test
  void markingAMeetingHeldRecordsOneMetAtRelationThatBothOrganisationsSee() {
    MeetingOutcome outcome = outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);

    assertThat(outcome.attendance()).isEqualTo(Attendance.HELD);
    List<RelationView> fromLukasz = between(RelationType.MET_AT, s.lukasz, s.maria);
    List<RelationView> fromMaria = between(RelationType.MET_AT, s.maria, s.lukasz);
    assertThat(fromLukasz).hasSize(1);
    assertThat(fromMaria).extracting(RelationView::id).containsExactly(fromLukasz.get(0).id());
    RelationView metAt = fromLukasz.get(0);
    assertThat(metAt.id()).isEqualTo(outcome.metAtRelationId());
    assertThat(metAt.from().id()).isEqualTo(s.lukasz.organisationId());
    assertThat(metAt.to().id()).isEqualTo(s.maria.organisationId());
    assertThat(metAt.fromDate()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(metAt.note()).isEqualTo("B2B meeting at " + s.event.title());
    assertThat(metAt.source().key()).isEqualTo("event-" + s.event.id());
    assertThat(metAt.source().title()).isEqualTo(s.event.title());
    assertThat(metAt.source().origin()).isEqualTo("intercluster-event");
    assertThat(published.stream(MeetingHeld.class)).containsExactly(
        new MeetingHeld(s.event.id(), s.meeting.id(), s.lukasz.id(), s.maria.id()));
  }

  @Test
  void markingHeldAgainWritesNoSecondRelation() {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);

    assertThat(between(RelationType.MET_AT, s.lukasz, s.maria)).hasSize(1);
    assertThat(published.stream(MeetingHeld.class)).hasSize(1);
  }

  @Test
  void undoingHeldOrTurningItIntoANoShowRemovesTheRelation() {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    MeetingOutcome cleared = outcomes.markAttendance(s.meeting.id(), null, s.organiser);
    assertThat(cleared.attendance()).isNull();
    assertThat(cleared.metAtRelationId()).isNull();
    assertThat(between(RelationType.MET_AT, s.lukasz, s.maria)).isEmpty();

    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    outcomes.markAttendance(s.meeting.id(), Attendance.NO_SHOW, s.organiser);
    assertThat(between(RelationType.MET_AT, s.lukasz, s.maria)).isEmpty();
    assertThat(outcomes.outcome(s.meeting.id()).attendance()).isEqualTo(Attendance.NO_SHOW);
  }

  @Test
  void aParticipantWithoutAnOrganisationOnTheMapLeavesTheMapAlone() {
    ParticipantView stranger = FakeWorldConfiguration.WORLD.participant(s.event, s.jean.username() + "-x",
        "Nadia Novak", "nadia@example.si", null, "Not yet reviewed d.o.o.", "Slovenia", "COMPANY");
    MeetingView meeting = FakeWorldConfiguration.WORLD.meeting(s.event, stranger, s.jean, 2, 3,
        ZonedDateTime.of(2027, 3, 15, 10, 0, 0, 0, ZoneOffset.UTC));
    int before = relations.touching(RecordKind.ORGANISATION, s.jean.organisationId()).size();

    MeetingOutcome outcome = outcomes.markAttendance(meeting.id(), Attendance.HELD, s.organiser);

    assertThat(outcome.attendance()).isEqualTo(Attendance.HELD);
    assertThat(outcome.metAtRelationId()).isNull();
    assertThat(relations.touching(RecordKind.ORGANISATION, s.jean.organisationId())).hasSize(before);
  }

  @Test
  void onlyOrganisersMarkAttendance() {
    assertThatThrownBy(() -> outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.lukasz.username()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> outcomes.markAttendance(s.meeting.id(), Attendance.NO_SHOW, s.jean.username()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(outcomes.outcome(s.meeting.id()).attendance()).isNull();
    assertThat(between(RelationType.MET_AT, s.lukasz, s.maria)).isEmpty();
  }

  @Test
  void anAgreementFromEitherParticipantRecordsOneAgreementRelationUntilNobodySaysSo() {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, "MoU drafted"),
        s.maria.username());
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 4, null),
        s.lukasz.username());
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, "edited"),
        s.maria.username());

    List<RelationView> agreements = between(RelationType.AGREEMENT_REACHED, s.maria, s.lukasz);
    assertThat(agreements).hasSize(1);
    assertThat(agreements.get(0).note()).contains(s.event.title());
    assertThat(between(RelationType.AGREEMENT_REACHED, s.lukasz, s.maria)).hasSize(1);
    assertThat(outcomes.outcome(s.meeting.id()).feedback()).hasSize(2);
    assertThat(published.stream(OutcomeRecorded.class)).hasSize(3);

    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.FOLLOW_UP_PLANNED, 5, null), s.maria.username());
    assertThat(between(RelationType.AGREEMENT_REACHED, s.maria, s.lukasz)).hasSize(1);
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.COOPERATION_POSSIBLE, 4, null),
        s.lukasz.username());
    assertThat(between(RelationType.AGREEMENT_REACHED, s.maria, s.lukasz)).isEmpty();
    assertThat(between(RelationType.MET_AT, s.maria, s.lukasz)).hasSize(1);
  }

  @Test
  void feedbackIsOnePerParticipantAndEditable() {
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.NO_INTEREST, 2, "not our field"),
        s.lukasz.username());
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.COOPERATION_POSSIBLE, 4, "  on reflection "),
        s.lukasz.username());

    FeedbackView mine = outcomes.feedback(s.meeting.id(), s.lukasz.id()).orElseThrow();
    assertThat(mine.outcome()).isEqualTo(MeetingResult.COOPERATION_POSSIBLE);
    assertThat(mine.rating()).isEqualTo(4);
    assertThat(mine.comment()).isEqualTo("on reflection");
    assertThat(outcomes.outcome(s.meeting.id()).feedback()).hasSize(1);
    assertThat(outcomes.feedback(s.meeting.id(), s.maria.id())).isEmpty();
  }

  @Test
  void onlyTheTwoParticipantsGiveFeedback() {
    assertThatThrownBy(() -> outcomes.saveFeedback(s.meeting.id(),
        new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, null), s.jean.username()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> outcomes.saveFeedback(s.meeting.id(),
        new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, null), s.organiser))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(outcomes.outcome(s.meeting.id()).feedback()).isEmpty();
    assertThat(between(RelationType.AGREEMENT_REACHED, s.lukasz, s.maria)).isEmpty();
  }

  @Test
  void badFeedbackNamesEachFieldAndWritesNothing() {
    assertThatThrownBy(() -> outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(null, 9, "x".repeat(2001)),
        s.lukasz.username()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly("outcome", "rating", "comment"));
    assertThat(outcomes.feedback(s.meeting.id(), s.lukasz.id())).isEmpty();
  }

  @Test
  void aNoShowTakesNoFeedbackOrFollowUp() {
    outcomes.markAttendance(s.meeting.id(), Attendance.NO_SHOW, s.organiser);

    assertThatThrownBy(() -> outcomes.saveFeedback(s.meeting.id(),
        new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, null), s.lukasz.username()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("meeting"));
    assertThatThrownBy(() -> outcomes.saveFollowUp(s.meeting.id(),
        new FollowUpInput(FollowUpStatus.IN_CONTACT, null), s.lukasz.username()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(between(RelationType.AGREEMENT_REACHED, s.lukasz, s.maria)).isEmpty();
  }

  @Test
  void followUpIsSavedPerParticipantAndReplaced() {
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    outcomes.saveFollowUp(s.meeting.id(), new FollowUpInput(FollowUpStatus.IN_CONTACT, "calls"), s.maria.username());
    outcomes.saveFollowUp(s.meeting.id(), new FollowUpInput(FollowUpStatus.PROJECT_PROPOSAL, "Horizon call"),
        s.maria.username());

    FollowUpView view = outcomes.followUp(s.meeting.id(), s.maria.id()).orElseThrow();
    assertThat(view.status()).isEqualTo(FollowUpStatus.PROJECT_PROPOSAL);
    assertThat(view.comment()).isEqualTo("Horizon call");
    assertThatThrownBy(() -> outcomes.saveFollowUp(s.meeting.id(),
        new FollowUpInput(FollowUpStatus.OTHER, null), s.jean.username())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> outcomes.saveFollowUp(s.meeting.id(), new FollowUpInput(null, null), s.maria.username()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("status"));
  }

  @Test
  void checkInIsForOrganisersAndHappensOnce() throws InterruptedException {
    checkIns.checkIn(s.event.id(), s.maria.id(), s.organiser);
    var first = checkIns.checkedIn(s.event.id()).get(s.maria.id());
    Thread.sleep(5);
    checkIns.checkIn(s.event.id(), s.maria.id(), s.organiser);

    assertThat(checkIns.checkedIn(s.event.id())).containsOnlyKeys(s.maria.id()).containsEntry(s.maria.id(), first);
    assertThatThrownBy(() -> checkIns.checkIn(s.event.id(), s.lukasz.id(), s.lukasz.username()))
        .isInstanceOf(AccessDeniedException.class);
    checkIns.undo(s.event.id(), s.maria.id(), s.organiser);
    assertThat(checkIns.checkedIn(s.event.id())).isEmpty();
  }

  @Test
  void statisticsCountRegistrationsRequestsAttendanceAndOutcomes() {
    FakeWorldConfiguration.WORLD.counts(s.event.id(), new RequestCounts(10, 2, 5, 2, 1, 0, 4));
    MeetingView second = FakeWorldConfiguration.WORLD.meeting(s.event, s.jean, s.maria, 2, 2,
        ZonedDateTime.of(2027, 3, 15, 10, 0, 0, 0, ZoneOffset.UTC));
    outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
    outcomes.markAttendance(second.id(), Attendance.NO_SHOW, s.organiser);
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.AGREEMENT_REACHED, 5, null), s.maria.username());
    outcomes.saveFeedback(s.meeting.id(), new FeedbackInput(MeetingResult.FOLLOW_UP_PLANNED, 2, null), s.lukasz.username());
    checkIns.checkIn(s.event.id(), s.maria.id(), s.organiser);

    EventStats stats = statistics.stats(s.event.id());

    assertThat(stats.registrations()).isEqualTo(3);
    assertThat(stats.registrationsByCountry()).containsEntry("Poland", 1L).containsEntry("France", 1L).hasSize(3);
    assertThat(stats.registrationsByKind()).containsEntry("COMPANY", 2L).containsEntry("UNIVERSITY", 1L);
    assertThat(stats.registrationsByKind().keySet()).first().isEqualTo("COMPANY");
    assertThat(stats.registrationsByStatus()).containsEntry("VALIDATED", 3L).containsEntry("PENDING", 0L);
    assertThat(stats.requests().sent()).isEqualTo(10);
    assertThat(stats.meetings()).isEqualTo(2);
    assertThat(stats.scheduled()).isEqualTo(2);
    assertThat(stats.checkedIn()).isEqualTo(1);
    assertThat(stats.outcomes().held()).isEqualTo(1);
    assertThat(stats.outcomes().noShow()).isEqualTo(1);
    assertThat(stats.outcomes().noShowRate()).isEqualTo(0.5);
    assertThat(stats.outcomes().averageRating()).isEqualTo(3.5);
    assertThat(stats.outcomes().outcomes()).containsEntry(MeetingResult.AGREEMENT_REACHED, 1L)
        .containsEntry(MeetingResult.FOLLOW_UP_PLANNED, 1L).containsEntry(MeetingResult.NO_INTEREST, 0L);
  }

  @Test
  void twoClicksAtTheSameMomentRecordOneRelation() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<MeetingOutcome>> clicks = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        clicks.add(pool.submit(() -> {
          start.await();
          return outcomes.markAttendance(s.meeting.id(), Attendance.HELD, s.organiser);
        }));
      }
      start.countDown();
      for (var click : clicks) {
        assertThat(click.get(30, java.util.concurrent.TimeUnit.SECONDS).attendance()).isEqualTo(Attendance.HELD);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(between(RelationType.MET_AT, s.lukasz, s.maria)).hasSize(1);
  }

  @Test
  void aMeetingNotYetPublishedCannotBeMarked() {
    MeetingView m = s.meeting;
    FakeWorldConfiguration.WORLD.put(new MeetingView(m.id(), m.eventId(), m.requestId(), m.requesterId(),
        m.partnerId(), m.slot(), m.table(), m.start(), m.end(), false, false));

    assertThatThrownBy(() -> outcomes.markAttendance(m.id(), Attendance.HELD, s.organiser))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("meeting"));
    assertThat(outcomes.outcome(m.id()).attendance()).isNull();
    assertThat(between(RelationType.MET_AT, s.lukasz, s.maria)).isEmpty();
  }
}
