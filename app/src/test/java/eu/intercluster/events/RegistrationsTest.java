package eu.intercluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.OrganisationDetails;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;

@EventsIntegration
class RegistrationsTest {

  @Autowired EventSetup setup;
  @Autowired EventDirectory directory;
  @Autowired Registrations registrations;
  @Autowired UserAccounts accounts;
  @Autowired OrganisationService organisations;
  @Autowired ApplicationEvents published;

  EventFixtures fx;
  String owner;
  EventView event;
  SessionView session;

  @BeforeEach
  void setUp() {
    fx = new EventFixtures(accounts);
    owner = fx.user("owner", Role.EDITOR);
    fx.signIn(owner);
    event = setup.create(EventFixtures.event("Registrations " + UUID.randomUUID(), EventKind.BROKERAGE_EVENT));
    session = setup.addSession(event.id(), EventFixtures.morning());
    EventFixtures.signOut();
  }

  @AfterEach
  void tearDown() {
    EventFixtures.signOut();
  }

  private RegistrationInput anonymous(String fullName, String organisation, String username) {
    RegistrationInput r = EventFixtures.registration(fullName, organisation);
    return new RegistrationInput(r.fullName(), r.email(), r.jobTitle(), r.organisationName(), r.country(),
        r.organisationKind(), r.description(), r.themes(), r.languages(), r.availableSessionIds(), r.listed(),
        r.acceptedTerms(), username, EventFixtures.PASSWORD);
  }

  @Test
  void aVisitorRegistersWithANewViewerAccountAndTheOrganisationIsMatchedByAlias() {
    String username = "visitor-" + UUID.randomUUID().toString().substring(0, 8);
    ParticipantView p = registrations.register(event.id(), anonymous("Ane Etxeberria", "Bilbao City Council", username));
    assertThat(accounts.find(username)).get().extracting(a -> a.role()).isEqualTo(Role.VIEWER);
    assertThat(p.username()).isEqualTo(username);
    assertThat(p.status()).isEqualTo(ParticipantStatus.PENDING);
    assertThat(p.organisationId()).isNotNull();
    assertThat(organisations.get(p.organisationId()).name()).isEqualTo("Ayuntamiento de Bilbao");
    assertThat(p.availableSessionIds()).containsExactly(session.id());
    assertThat(p.calendarToken()).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
    assertThat(directory.participantByCalendarToken(p.calendarToken())).get().extracting(ParticipantView::id)
        .isEqualTo(p.id());
    assertThat(published.stream(ParticipantRegistered.class))
        .contains(new ParticipantRegistered(event.id(), p.id()));
  }

  @Test
  void theOrganisationIsMatchedByAcronymAndAnUnknownOneAwaitsReview() {
    String a = fx.user("bsc", Role.VIEWER);
    fx.signIn(a);
    ParticipantView byAcronym = registrations.register(event.id(), EventFixtures.registration("Marta Puig", "bsc"));
    assertThat(organisations.get(byAcronym.organisationId()).name()).isEqualTo("Barcelona Supercomputing Center");

    String b = fx.user("newco", Role.VIEWER);
    fx.signIn(b);
    ParticipantView unknown = registrations.register(event.id(),
        EventFixtures.registration("Luca Rossi", "Robotica Nuova " + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(unknown.organisationId()).isNull();
  }

  @Test
  void termsMustBeAcceptedAndEveryBadFieldIsNamed() {
    String username = "bad-" + UUID.randomUUID().toString().substring(0, 8);
    RegistrationInput bad = new RegistrationInput("", "not-an-email", null, "", null, "SPACESHIP", null,
        Set.of("NO_SUCH_THEME"), List.of(), Set.of(999_999L), false, false, username, EventFixtures.PASSWORD);
    assertThatThrownBy(() -> registrations.register(event.id(), bad)).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .contains("acceptedTerms", "fullName", "email", "organisationName", "organisationKind", "themes",
                "availableSessionIds"));
    assertThat(accounts.exists(username)).isFalse();

    RegistrationInput noAccount = anonymous("Pia Neri", "ART-ER", null);
    assertThatThrownBy(() -> registrations.register(event.id(), noAccount))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("username");
  }

  @Test
  void registeringTwiceIsRefused() {
    String user = fx.user("twice", Role.VIEWER);
    fx.signIn(user);
    registrations.register(event.id(), EventFixtures.registration("Gianni Verdi", "ART-ER"));
    assertThatThrownBy(() -> registrations.register(event.id(), EventFixtures.registration("Gianni Verdi", "ART-ER")))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("already-registered"));
    assertThat(directory.participants(event.id())).filteredOn(p -> p.username().equals(user)).hasSize(1);
  }

  @Test
  void registrationOutsideTheWindowIsRefused() {
    fx.signIn(owner);
    EventInput base = EventFixtures.event("Closed", EventKind.FORUM);
    EventInput closed = new EventInput(base.title(), base.kind(), base.venue(), base.zone(), base.startDate(),
        base.endDate(), base.tables(), base.schedulingMode(), 0, 0, LocalDateTime.now().minusDays(10),
        LocalDateTime.now().minusDays(2), null, null, null);
    EventView closedEvent = setup.create(closed);
    EventInput notYet = new EventInput("Not yet", base.kind(), base.venue(), base.zone(), base.startDate(),
        base.endDate(), base.tables(), base.schedulingMode(), 0, 0, LocalDateTime.now().plusDays(3), null, null,
        null, null);
    EventView futureEvent = setup.create(notYet);
    String user = fx.user("late", Role.VIEWER);
    fx.signIn(user);
    for (EventView e : List.of(closedEvent, futureEvent)) {
      assertThatThrownBy(() -> registrations.register(e.id(), EventFixtures.registration("Late Comer", "ART-ER")))
          .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.code()).isEqualTo("registration-closed"));
      assertThat(setup.details(e.id()).registrationOpen()).isFalse();
    }
    assertThat(setup.details(event.id()).registrationOpen()).isTrue();
  }

  @Test
  void organisersValidateByLinkingOrCreatingTheOrganisationAndRejectWithAReason() {
    String u1 = fx.user("p1", Role.VIEWER);
    fx.signIn(u1);
    String newName = "Meccanica Fina " + UUID.randomUUID().toString().substring(0, 6);
    ParticipantView pending = registrations.register(event.id(), EventFixtures.registration("Sara Bruni", newName));
    String u2 = fx.user("p2", Role.VIEWER);
    fx.signIn(u2);
    ParticipantView toLink = registrations.register(event.id(), EventFixtures.registration("Piero Gallo", "Cineca Labs X"));
    String u3 = fx.user("p3", Role.VIEWER);
    fx.signIn(u3);
    ParticipantView toReject = registrations.register(event.id(), EventFixtures.registration("Spam Bot", "ART-ER"));

    // a participant cannot decide on registrations, not even their own
    assertThatThrownBy(() -> registrations.validate(toReject.id(), null, false)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registrations.validate(pending.id(), null, true)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registrations.reject(pending.id(), "no")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registrations.setDelegate(toReject.id(), true)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registrations.updateProfile(pending.id(), profile("Hacked"))).isInstanceOf(AccessDeniedException.class);
    assertThat(directory.participant(pending.id()).fullName()).isEqualTo("Sara Bruni");

    fx.signIn(owner);
    assertThatThrownBy(() -> registrations.validate(pending.id(), null, false))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("awaits review");
    ParticipantView created = registrations.validate(pending.id(), null, true);
    assertThat(created.status()).isEqualTo(ParticipantStatus.VALIDATED);
    OrganisationDetails org = organisations.get(created.organisationId());
    assertThat(org.name()).isEqualTo(newName);
    assertThat(org.kind()).isEqualTo(OrganisationKind.COMPANY);
    assertThat(org.country()).isEqualTo("Italy");

    List<RecordRef> candidates = registrations.organisationCandidates(toLink.id());
    long cineca = organisations.similar("Cineca", null, List.of(), null).get(0).id();
    ParticipantView linked = registrations.validate(toLink.id(), cineca, false);
    assertThat(linked.organisationId()).isEqualTo(cineca);
    assertThat(linked.organisationName()).isEqualTo("Cineca");
    assertThat(candidates).isNotNull();

    assertThatThrownBy(() -> registrations.reject(toReject.id(), " ")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    ParticipantView rejected = registrations.reject(toReject.id(), "Not a real company");
    assertThat(rejected.status()).isEqualTo(ParticipantStatus.REJECTED);

    assertThat(published.stream(ParticipantValidated.class)).contains(
        new ParticipantValidated(event.id(), pending.id()), new ParticipantValidated(event.id(), toLink.id()));
    assertThat(published.stream(ParticipantRejected.class))
        .containsExactly(new ParticipantRejected(event.id(), toReject.id(), "Not a real company"));
  }

  @Test
  void aParticipantChangesOnlyTheirOwnProfileAndCanWithdraw() {
    String u1 = fx.user("self", Role.VIEWER);
    fx.signIn(u1);
    ParticipantView mine = registrations.register(event.id(), EventFixtures.registration("Elena Fabbri", "ART-ER"));
    ParticipantView changed = registrations.updateProfile(mine.id(), profile("Elena Fabbri-Rossi"));
    assertThat(changed.fullName()).isEqualTo("Elena Fabbri-Rossi");
    assertThat(changed.listed()).isFalse();

    String u2 = fx.user("other", Role.VIEWER);
    fx.signIn(u2);
    assertThatThrownBy(() -> registrations.updateProfile(mine.id(), profile("Hacked"))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registrations.withdraw(mine.id())).isInstanceOf(AccessDeniedException.class);
    fx.signIn(u1);
    assertThat(registrations.withdraw(mine.id()).status()).isEqualTo(ParticipantStatus.WITHDRAWN);
  }

  @Test
  void trustedSeedingRegistersAndValidatesWithoutSignIn() {
    String username = "seed-" + UUID.randomUUID().toString().substring(0, 8);
    long artEr = organisations.similar("ART-ER", null, List.of(), null).get(0).id();
    ParticipantView seeded = registrations.registerValidatedAs(event.id(), username,
        EventFixtures.registration("Seeded Person", "Some typed name"), artEr);
    assertThat(seeded.status()).isEqualTo(ParticipantStatus.VALIDATED);
    assertThat(seeded.organisationId()).isEqualTo(artEr);
    assertThat(accounts.exists(username)).isTrue();
    EventView seededEvent = setup.createAs(owner, EventFixtures.event("Seeded", EventKind.BROKERAGE_EVENT),
        List.of(EventFixtures.morning()));
    assertThat(directory.slots(seededEvent.id())).hasSize(5);
  }

  private static ProfileInput profile(String name) {
    return new ProfileInput(name, "x@example.org", "CEO", "Changed", Set.of("HPC"), List.of("it"), Set.of(), false);
  }
}
