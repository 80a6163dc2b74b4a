package eu.intercluster.demo;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.events.EventInput;
import eu.intercluster.events.EventKind;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.EventView;
import eu.intercluster.events.Marketplace;
import eu.intercluster.events.OpportunityInput;
import eu.intercluster.events.OpportunityType;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.RegistrationInput;
import eu.intercluster.events.Registrations;
import eu.intercluster.events.SchedulingMode;
import eu.intercluster.events.SessionInput;
import eu.intercluster.meetings.MeetingRequests;
import eu.intercluster.meetings.MeetingSchedule;
import eu.intercluster.meetings.RequestView;
import eu.intercluster.meetings.ScheduleRunView;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the demo event through the modules' public services, as its organiser and participants
 * would: the event on a Tuesday about six weeks ahead, registrations (generated firms are added to
 * the map first), opportunities, requests and answers, then a scheduler run that is published.
 */
@Component
class DemoEventSeeder {

  private final UserAccounts accounts;
  private final OrganisationService organisations;
  private final EventSetup setup;
  private final Registrations registrations;
  private final Marketplace marketplace;
  private final MeetingRequests requests;
  private final MeetingSchedule schedule;
  private final Clock clock;

  DemoEventSeeder(UserAccounts accounts, OrganisationService organisations, EventSetup setup,
      Registrations registrations, Marketplace marketplace, MeetingRequests requests,
      MeetingSchedule schedule) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.setup = setup;
    this.registrations = registrations;
    this.marketplace = marketplace;
    this.requests = requests;
    this.schedule = schedule;
    this.clock = Clock.systemDefaultZone();
  }

  /** Seeds the event and returns its id. */
  long seed(DemoEventData data, int schedulerSeconds) {
    String owner = organiser();
    LocalDate day = LocalDate.now(clock).plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    EventView event = setup.createAs(owner, new EventInput(data.title(),
        EventKind.valueOf(data.kind()), data.venue(), data.zone(), day, day, data.tables(),
        SchedulingMode.ORGANISER, 10, 72, null, null, null, null, data.description()),
        data.sessions().stream().map(s -> new SessionInput(s.name(), day, LocalTime.parse(s.start()),
            LocalTime.parse(s.end()), s.meetingMinutes(), s.pauseMinutes(), s.breaks())).toList());
    List<ParticipantView> participants = new ArrayList<>();
    Set<String> usernames = new HashSet<>();
    for (DemoEventData.Person person : data.participants()) {
      participants.add(register(event.id(), person, username(person, usernames)));
    }
    for (DemoEventData.Request request : data.requests()) {
      ask(event.id(), participants.get(request.from()), participants.get(request.to()), request);
    }
    publishSchedule(event.id(), owner, schedulerSeconds);
    return event.id();
  }

  private ParticipantView register(long eventId, DemoEventData.Person person, String username) {
    Long organisationId = person.inMap() ? null : organisations.create(new OrganisationInput(
        person.organisation(), null, List.of(), OrganisationKind.valueOf(person.organisationKind()),
        person.country(), person.region(), person.city(), null,
        person.description() + " (A generated firm of the demo event.)", Set.copyOf(person.themes())),
        true).id();
    ParticipantView participant = registrations.registerValidatedAs(eventId, username,
        new RegistrationInput(person.fullName(), person.email(), person.jobTitle(),
            person.organisation(), person.country(), person.organisationKind(), person.description(),
            Set.copyOf(person.themes()), person.languages(), Set.of(), true, true, username, null),
        organisationId);
    as(username, () -> {
      person.opportunities().forEach(o -> marketplace.addOpportunity(participant.id(),
          new OpportunityInput(OpportunityType.valueOf(o.type()), o.title(), person.description(),
              Set.copyOf(o.themes()))));
      return null;
    });
    return participant;
  }

  private void ask(long eventId, ParticipantView from, ParticipantView to, DemoEventData.Request request) {
    RequestView sent = as(from.username(),
        () -> requests.send(eventId, from.username(), to.id(), request.message(), null));
    switch (request.answer()) {
      case "ACCEPTED" -> as(to.username(), () -> requests.accept(eventId, sent.id(), to.username()));
      case "DECLINED" -> as(to.username(), () -> requests.decline(eventId, sent.id(), to.username()));
      default -> { }
    }
  }

  private void publishSchedule(long eventId, String owner, int seconds) {
    ScheduleRunView run = as(owner, () -> schedule.start(eventId, owner, seconds, 2));
    long deadline = System.nanoTime() + (seconds + 60) * 1_000_000_000L;
    while (run.running() && System.nanoTime() < deadline) {
      sleep();
      long runId = run.id();
      run = as(owner, () -> schedule.run(eventId, runId, owner));
    }
    if (run.hasSchedule()) {
      long runId = run.id();
      as(owner, () -> schedule.publish(eventId, runId, owner));
    }
  }

  private String organiser() {
    return accounts.find("admin").filter(UserAccount::enabled)
        .or(() -> accounts.list().stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).findFirst())
        .map(UserAccount::username)
        .orElseThrow(() -> new IllegalStateException("no enabled ADMIN to own the demo event"));
  }

  /** A readable, unique username such as {@code giulia.casadei}. */
  static String username(DemoEventData.Person person, Set<String> taken) {
    String base = Normalizer.normalize(person.fullName(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".")
        .replaceAll("^\\.|\\.$", "");
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** Runs a step as the given user, as if they had signed in (the services check who acts). */
  private <T> T as(String username, Supplier<T> step) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
        List.of(new SimpleGrantedAuthority(accounts.find(username).map(u -> u.role().authority())
            .orElse(Role.VIEWER.authority())))));
    SecurityContextHolder.setContext(context);
    try {
      return step.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the demo schedule was computed", e);
    }
  }
}
