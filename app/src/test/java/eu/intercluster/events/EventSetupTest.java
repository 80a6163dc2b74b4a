package eu.intercluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.ActivityDetails;
import eu.intercluster.ecosystem.ActivityKind;
import eu.intercluster.ecosystem.ActivityService;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@EventsIntegration
class EventSetupTest {

  @Autowired EventSetup setup;
  @Autowired EventDirectory directory;
  @Autowired UserAccounts accounts;
  @Autowired ActivityService activities;
  @Autowired OrganisationService organisations;

  EventFixtures fx;
  String owner;

  @BeforeEach
  void setUp() {
    fx = new EventFixtures(accounts);
    owner = fx.user("owner", Role.EDITOR);
  }

  @AfterEach
  void tearDown() {
    EventFixtures.signOut();
  }

  @Test
  void anEditorCreatesAnEventWithItsMapActivityAndSessionSlots() {
    fx.signIn(owner);
    EventView event = setup.create(EventFixtures.event("Emilia-Romagna meets Catalonia", EventKind.BROKERAGE_EVENT));
    assertThat(event.owner()).isEqualTo(owner);
    assertThat(event.zone().getId()).isEqualTo("Europe/Rome");
    assertThat(event.activityId()).isNotNull();
    ActivityDetails activity = activities.get(event.activityId());
    assertThat(activity.kind()).isEqualTo(ActivityKind.BROKERAGE_EVENT);
    assertThat(activity.title()).isEqualTo("Emilia-Romagna meets Catalonia");
    assertThat(activity.startDate()).isEqualTo(EventFixtures.DAY);

    SessionView session = setup.addSession(event.id(), EventFixtures.morning());
    assertThat(session.slotCount()).isEqualTo(5); // 9:00, 9:30, 10:00, 11:00, 11:30
    List<SlotView> slots = directory.slots(event.id());
    assertThat(slots).extracting(s -> s.start().toLocalTime())
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(11, 0),
            LocalTime.of(11, 30));
    assertThat(directory.events()).extracting(EventView::id).contains(event.id());
    assertThat(directory.isOrganiser(event.id(), owner)).isTrue();
  }

  @Test
  void aViewerCannotCreateAndAnonymousNeither() {
    String viewer = fx.user("viewer", Role.VIEWER);
    fx.signIn(viewer);
    assertThatThrownBy(() -> setup.create(EventFixtures.event("X", EventKind.FORUM)))
        .isInstanceOf(AccessDeniedException.class);
    EventFixtures.signOut();
    assertThatThrownBy(() -> setup.create(EventFixtures.event("X", EventKind.FORUM)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void badSettingsAreNamedAndNothingIsWritten() {
    fx.signIn(owner);
    int before = directory.events().size();
    EventInput bad = new EventInput(" ", null, null, "Mars/Olympus", EventFixtures.DAY, EventFixtures.DAY.minusDays(1),
        0, null, -1, -2, LocalDateTime.of(2026, 5, 2, 0, 0), LocalDateTime.of(2026, 5, 1, 0, 0), null, null, null);
    assertThatThrownBy(() -> setup.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("title", "kind", "zone",
            "endDate", "tables", "schedulingMode", "maxRequestsPerParticipant", "requestExpiryHours",
            "registrationCloses"));
    assertThat(directory.events()).hasSize(before);
  }

  @Test
  void sessionsMustBeInsideTheEventAndNotOverlap() {
    fx.signIn(owner);
    EventView event = setup.create(EventFixtures.event("Sessions", EventKind.FORUM));
    setup.addSession(event.id(), EventFixtures.morning());
    SessionInput overlapping = new SessionInput("Late morning", EventFixtures.DAY, LocalTime.of(11, 0),
        LocalTime.of(13, 0), 30, 0, List.of());
    assertThatThrownBy(() -> setup.addSession(event.id(), overlapping)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overlaps");
    SessionInput outside = new SessionInput("Later", EventFixtures.DAY.plusDays(5), LocalTime.of(9, 0),
        LocalTime.of(10, 0), 30, 0, List.of());
    assertThatThrownBy(() -> setup.addSession(event.id(), outside)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("day");
    SessionView afternoon = setup.addSession(event.id(), new SessionInput("Afternoon", EventFixtures.DAY,
        LocalTime.of(14, 0), LocalTime.of(15, 0), 20, 0, List.of()));
    assertThat(directory.slots(event.id())).hasSize(8);
    setup.removeSession(event.id(), afternoon.id());
    assertThat(directory.slots(event.id())).hasSize(5);
  }

  @Test
  void coOrganisersManageButAnotherEditorCannot() {
    fx.signIn(owner);
    EventView event = setup.create(EventFixtures.event("Shared", EventKind.BROKERAGE_EVENT));
    String partner = fx.user("partner", Role.VIEWER);
    String otherEditor = fx.user("other-editor", Role.EDITOR);
    assertThatThrownBy(() -> setup.setCoOrganisers(event.id(), List.of(partner, "nobody-here")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody-here");
    setup.setCoOrganisers(event.id(), List.of(partner));
    assertThat(directory.event(event.id()).coOrganisers()).containsExactly(partner);
    assertThat(directory.isOrganiser(event.id(), partner)).isTrue();
    assertThat(directory.isOrganiser(event.id(), otherEditor)).isFalse();
    assertThat(directory.isOrganiser(event.id(), "admin")).isTrue();

    fx.signIn(partner);
    assertThat(setup.addSession(event.id(), EventFixtures.morning()).slotCount()).isEqualTo(5);

    fx.signIn(otherEditor);
    assertThatThrownBy(() -> setup.addSession(event.id(), EventFixtures.morning()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> setup.update(event.id(), EventFixtures.event("Hijacked", EventKind.FORUM)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> setup.setCoOrganisers(event.id(), List.of(otherEditor)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(directory.event(event.id()).title()).isEqualTo("Shared");
  }

  @Test
  void missionVisitsAreChildActivitiesOrganisedByTheirHost() {
    fx.signIn(owner);
    EventView mission = setup.create(EventFixtures.event("Mission to the Basque Country", EventKind.MISSION));
    assertThat(activities.get(mission.activityId()).kind()).isEqualTo(ActivityKind.MISSION);
    long bilbao = organisations.search(new OrganisationFilter("Ayuntamiento de Bilbao", null, null, null, null),
        Pageable.ofSize(1)).getContent().get(0).id();
    VisitView visit = setup.addVisit(mission.id(), new VisitInput("City council", EventFixtures.DAY,
        LocalTime.of(15, 0), LocalTime.of(16, 30), bilbao, "Smart city programme"));
    assertThat(visit.hostName()).isEqualTo("Ayuntamiento de Bilbao");
    ActivityDetails child = activities.get(visit.activityId());
    assertThat(child.kind()).isEqualTo(ActivityKind.SITE_VISIT);
    assertThat(child.parent().id()).isEqualTo(mission.activityId());
    assertThat(child.organisers()).extracting(RecordRef::id).containsExactly(bilbao);
    assertThat(setup.details(mission.id()).visits()).extracting(VisitView::title).containsExactly("City council");

    assertThatThrownBy(() -> setup.addVisit(mission.id(), new VisitInput("Nowhere", EventFixtures.DAY, null, null,
        -5L, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("hostOrganisationId");

    setup.removeVisit(mission.id(), visit.id());
    assertThat(setup.visits(mission.id())).isEmpty();
    assertThat(activities.get(mission.activityId()).children()).isEmpty();
  }

  @Test
  void updatingKeepsTheActivityInStep() {
    fx.signIn(owner);
    EventView event = setup.create(EventFixtures.event("Before", EventKind.FORUM));
    EventInput changed = new EventInput("After", EventKind.FORUM, "Barcelona", "Europe/Madrid", EventFixtures.DAY,
        EventFixtures.DAY.plusDays(2), 4, SchedulingMode.ORGANISER, 0, 0, null, null, null, null, null);
    EventView updated = setup.update(event.id(), changed);
    assertThat(updated.title()).isEqualTo("After");
    assertThat(updated.schedulingMode()).isEqualTo(SchedulingMode.ORGANISER);
    assertThat(updated.activityId()).isEqualTo(event.activityId());
    assertThat(activities.get(event.activityId()).title()).isEqualTo("After");
    assertThat(activities.get(event.activityId()).endDate()).isEqualTo(EventFixtures.DAY.plusDays(2));
  }
}
