package eu.intercluster.events;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.EventRepository;
import eu.intercluster.events.persistence.ParticipantEntity;
import eu.intercluster.events.persistence.ParticipantRepository;
import eu.intercluster.events.persistence.SessionEntity;
import eu.intercluster.events.persistence.MatchmakingSessionRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("eventsJpaRegistrations")
@Transactional
class JpaRegistrations implements Registrations {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EventRepository events;
  private final ParticipantRepository participants;
  private final MatchmakingSessionRepository sessions;
  private final RegistrationChecks checks;
  private final EventGuard access;
  private final UserAccounts accounts;
  private final OrganisationService organisations;
  private final ParticipantDecisions decisions;
  private final ApplicationEventPublisher publisher;

  JpaRegistrations(EventRepository events, ParticipantRepository participants, MatchmakingSessionRepository sessions,
      RegistrationChecks checks, EventGuard access, UserAccounts accounts, OrganisationService organisations,
      ParticipantDecisions decisions, ApplicationEventPublisher publisher) {
    this.events = events;
    this.participants = participants;
    this.sessions = sessions;
    this.checks = checks;
    this.access = access;
    this.accounts = accounts;
    this.organisations = organisations;
    this.decisions = decisions;
    this.publisher = publisher;
  }

  @Override
  public ParticipantView register(long eventId, RegistrationInput input) {
    EventEntity event = requireEvent(eventId);
    if (!RegistrationWindow.isOpen(event, Instant.now())) {
      throw new ConflictException("registration-closed", "Registration for '" + event.getTitle()
          + "' is not open", List.of());
    }
    List<FieldProblem> problems = new ArrayList<>(checks.registration(eventId, input));
    Optional<UserAccount> signedIn = access.signedIn();
    if (signedIn.isEmpty()) {
      if (EventRules.blankToNull(input.username()) == null) {
        problems.add(new FieldProblem("username", "must not be blank"));
      }
      if (input.password() == null || input.password().isEmpty()) {
        problems.add(new FieldProblem("password", "must not be blank"));
      }
    }
    EventRules.throwIfAny(problems);
    String username = signedIn.map(UserAccount::username)
        .orElseGet(() -> createAccount(input.username().strip(), input.fullName(), input.password()));
    return insert(event, username, input);
  }

  @Override
  public ParticipantView registerAs(long eventId, String username, RegistrationInput input) {
    EventEntity event = requireEvent(eventId);
    EventRules.throwIfAny(checks.registration(eventId, input));
    if (!accounts.exists(username)) {
      String password = input.password() == null || input.password().isEmpty() ? token() : input.password();
      createAccount(username, input.fullName(), password);
    }
    return insert(event, username, input);
  }

  @Override
  public ParticipantView registerValidatedAs(long eventId, String username, RegistrationInput input,
      Long organisationId) {
    ParticipantView registered = registerAs(eventId, username, input);
    ParticipantEntity participant = requireParticipant(registered.id());
    if (organisationId != null || participant.getOrganisationId() == null) {
      decisions.link(participant, organisationId, organisationId == null);
    }
    return decisions.markValidated(participant, requireEvent(eventId));
  }

  private String createAccount(String username, String fullName, String password) {
    try {
      return accounts.create(username, fullName.strip(), password, Role.VIEWER).username();
    } catch (InvalidInputException invalid) {
      throw new InvalidInputException(invalid.getMessage(), invalid.problems().stream()
          .map(p -> "displayName".equals(p.field()) ? new FieldProblem("fullName", p.message()) : p).toList());
    }
  }

  private ParticipantView insert(EventEntity event, String username, RegistrationInput input) {
    ParticipantEntity participant = participants.findByEventIdAndUsername(event.getId(), username).orElse(null);
    if (participant != null && participant.getStatus() != ParticipantStatus.WITHDRAWN) {
      throw new ConflictException("already-registered", "'" + username + "' is already registered for '"
          + event.getTitle() + "'", List.of(String.valueOf(participant.getId())));
    }
    if (participant == null) {
      participant = new ParticipantEntity(event.getId(), username, uniqueToken());
    }
    participant.setStatus(ParticipantStatus.PENDING);
    participant.setRejectionReason(null);
    participant.setOrganisationName(input.organisationName().strip());
    participant.setCountry(EventRules.blankToNull(input.country()));
    var kind = RegistrationChecks.kind(input.organisationKind());
    participant.setOrganisationKind(kind == null ? null : kind.name());
    participant.setOrganisationId(matchOrganisation(input.organisationName()));
    participant.setTermsAcceptedAt(Instant.now());
    ParticipantProfiles.apply(participant, new ProfileInput(input.fullName(), input.email(), input.jobTitle(),
        input.description(), input.themes(), input.languages(), input.availableSessionIds(), input.listed()));
    if (participant.getSessionIds().isEmpty()) {
      sessions.findByEventId(event.getId()).stream().map(SessionEntity::getId).forEach(participant.getSessionIds()::add);
    }
    participants.saveAndFlush(participant);
    publisher.publishEvent(new ParticipantRegistered(event.getId(), participant.getId()));
    return EventViews.participant(participant);
  }

  /** The map organisation whose name, acronym or alias is exactly the typed name, if only one. */
  private Long matchOrganisation(String name) {
    List<RecordRef> similar = organisations.similar(name.strip(), null, List.of(), null);
    return similar.size() == 1 ? similar.get(0).id() : null;
  }

  @Override
  public ParticipantView validate(long participantId, Long linkOrganisationId, boolean createOrganisation) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireOrganiser(requireEvent(participant.getEventId()));
    if (participant.getStatus() == ParticipantStatus.WITHDRAWN) {
      throw new ConflictException("withdrawn", "The participant has withdrawn", List.of());
    }
    if (linkOrganisationId != null || createOrganisation) {
      decisions.link(participant, linkOrganisationId, createOrganisation);
    } else if (participant.getOrganisationId() == null) {
      throw new InvalidInputException("organisationId",
          "'" + participant.getOrganisationName() + "' awaits review: link it to an organisation of the map or create it");
    }
    return decisions.markValidated(participant, requireEvent(participant.getEventId()));
  }

  @Override
  public ParticipantView reject(long participantId, String reason) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireOrganiser(requireEvent(participant.getEventId()));
    List<FieldProblem> problems = new ArrayList<>();
    EventRules.text(problems, "reason", reason, 1000, true);
    EventRules.throwIfAny(problems);
    participant.setStatus(ParticipantStatus.REJECTED);
    participant.setRejectionReason(reason.strip());
    publisher.publishEvent(new ParticipantRejected(participant.getEventId(), participant.getId(), reason.strip()));
    return EventViews.participant(participant);
  }

  @Override
  public ParticipantView withdraw(long participantId) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireSelfOrOrganiser(participant, requireEvent(participant.getEventId()));
    if (participant.getStatus() != ParticipantStatus.WITHDRAWN) {
      participant.setStatus(ParticipantStatus.WITHDRAWN);
      publisher.publishEvent(new ParticipantWithdrawn(participant.getEventId(), participant.getId()));
    }
    return EventViews.participant(participant);
  }

  @Override
  public ParticipantView updateProfile(long participantId, ProfileInput input) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireSelfOrOrganiser(participant, requireEvent(participant.getEventId()));
    EventRules.throwIfAny(checks.profile(participant.getEventId(), input));
    ParticipantProfiles.apply(participant, input);
    return EventViews.participant(participant);
  }

  @Override
  public ParticipantView setDelegate(long participantId, boolean delegate) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireOrganiser(requireEvent(participant.getEventId()));
    participant.setDelegate(delegate);
    return EventViews.participant(participant);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordRef> organisationCandidates(long participantId) {
    ParticipantEntity participant = requireParticipant(participantId);
    access.requireOrganiser(requireEvent(participant.getEventId()));
    Map<Long, RecordRef> candidates = new LinkedHashMap<>();
    organisations.similar(participant.getOrganisationName(), null, List.of(), null)
        .forEach(r -> candidates.put(r.id(), r));
    organisations.search(new OrganisationFilter(participant.getOrganisationName(), null, null, null, null),
        PageRequest.of(0, 8)).forEach(o -> candidates.putIfAbsent(o.id(), o.ref()));
    return List.copyOf(candidates.values());
  }

  private String uniqueToken() {
    String token = token();
    while (participants.existsByCalendarToken(token)) {
      token = token();
    }
    return token;
  }

  /** 32 URL-safe characters from 24 random bytes. */
  private static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private EventEntity requireEvent(long eventId) {
    return events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
  }

  private ParticipantEntity requireParticipant(long participantId) {
    return participants.findById(participantId).orElseThrow(() -> new NotFoundException("Participant", participantId));
  }
}
