package eu.intercluster.events.api;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.CatalogueEntry;
import eu.intercluster.events.CatalogueFilter;
import eu.intercluster.events.EventDetails;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventInput;
import eu.intercluster.events.EventSetup;
import eu.intercluster.events.EventView;
import eu.intercluster.events.Marketplace;
import eu.intercluster.events.OpportunityInput;
import eu.intercluster.events.OpportunityType;
import eu.intercluster.events.OpportunityView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.ProfileInput;
import eu.intercluster.events.RegistrationInput;
import eu.intercluster.events.Registrations;
import eu.intercluster.events.SessionView;
import eu.intercluster.events.SlotView;
import eu.intercluster.events.VisitView;
import eu.intercluster.system.NotFoundException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events over REST; problems are answered as RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/events")
class EventsApiController {

  /** An event with its programme and meeting slots. */
  record EventPayload(EventView event, String description, List<SessionView> sessions, List<VisitView> visits,
      List<SlotView> slots, long validatedParticipants, boolean registrationOpen) {}

  record ValidationRequest(Long organisationId, Boolean createOrganisation) {}

  record RejectionRequest(String reason) {}

  private final EventDirectory directory;
  private final EventSetup setup;
  private final Registrations registrations;
  private final Marketplace marketplace;
  private final UserAccounts accounts;

  EventsApiController(EventDirectory directory, EventSetup setup, Registrations registrations,
      Marketplace marketplace, UserAccounts accounts) {
    this.directory = directory;
    this.setup = setup;
    this.registrations = registrations;
    this.marketplace = marketplace;
    this.accounts = accounts;
  }

  @GetMapping
  List<EventView> list() {
    return directory.events();
  }

  @GetMapping("/{id}")
  EventPayload get(@PathVariable long id) {
    EventDetails d = setup.details(id);
    return new EventPayload(d.event(), d.description(), d.sessions(), d.visits(), directory.slots(id),
        d.validatedParticipants(), d.registrationOpen());
  }

  @PostMapping
  ResponseEntity<EventPayload> create(@RequestBody EventInput input) {
    EventView created = setup.create(input);
    return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(get(created.id()));
  }

  @GetMapping("/{id}/catalogue")
  List<CatalogueEntry> catalogue(@PathVariable long id, @RequestParam(required = false) String q,
      @RequestParam(required = false) String country, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String theme, @RequestParam(required = false) OpportunityType type) {
    return marketplace.catalogue(id, new CatalogueFilter(q, country, kind, theme, type));
  }

  /** Registers the signed-in user (scripts cannot create accounts here). */
  @PostMapping("/{id}/register")
  ResponseEntity<ParticipantView> register(@PathVariable long id, @RequestBody RegistrationInput input) {
    accounts.signedIn().map(UserAccount::username)
        .orElseThrow(() -> new AccessDeniedException("Sign in (or use an API token) to register"));
    ParticipantView registered = registrations.register(id, input);
    return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/participants/" + registered.id()))
        .body(registered);
  }

  @GetMapping("/{id}/participants")
  List<ParticipantView> participants(@PathVariable long id) {
    requireOrganiser(id);
    return directory.participants(id);
  }

  @PostMapping("/{id}/participants/{participantId}/validate")
  ParticipantView validate(@PathVariable long id, @PathVariable long participantId,
      @RequestBody(required = false) ValidationRequest request) {
    requireParticipantOf(id, participantId);
    ValidationRequest r = request == null ? new ValidationRequest(null, false) : request;
    return registrations.validate(participantId, r.organisationId(), Boolean.TRUE.equals(r.createOrganisation()));
  }

  @PostMapping("/{id}/participants/{participantId}/reject")
  ParticipantView reject(@PathVariable long id, @PathVariable long participantId,
      @RequestBody(required = false) RejectionRequest request) {
    requireParticipantOf(id, participantId);
    return registrations.reject(participantId, request == null ? null : request.reason());
  }

  /** A participant changes their own profile (organisers may too); anyone else is refused. */
  @PutMapping("/{id}/participants/{participantId}/profile")
  ParticipantView updateProfile(@PathVariable long id, @PathVariable long participantId,
      @RequestBody ProfileInput input) {
    if (directory.participant(participantId).eventId() != id) {
      throw new NotFoundException("Participant", participantId);
    }
    return registrations.updateProfile(participantId, input);
  }

  /** A participant's opportunities (public for catalogue entries, else own or organisers). */
  @GetMapping("/{id}/participants/{participantId}/opportunities")
  List<OpportunityView> opportunities(@PathVariable long id, @PathVariable long participantId) {
    if (directory.participant(participantId).eventId() != id) {
      throw new NotFoundException("Participant", participantId);
    }
    return marketplace.opportunities(participantId);
  }

  /** Adds an opportunity for the signed-in validated participant {@code participantId}. */
  @PostMapping("/{id}/participants/{participantId}/opportunities")
  ResponseEntity<OpportunityView> addOpportunity(@PathVariable long id, @PathVariable long participantId,
      @RequestBody OpportunityInput input) {
    if (directory.participant(participantId).eventId() != id) {
      throw new NotFoundException("Participant", participantId);
    }
    OpportunityView added = marketplace.addOpportunity(participantId, input);
    return ResponseEntity.status(201).body(added);
  }

  /** Deletes an event set up by mistake (owner or ADMIN; 409 once a participant was validated). */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    setup.delete(id);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{id}/opportunities/{opportunityId}")
  ResponseEntity<Void> deleteOpportunity(@PathVariable long id, @PathVariable long opportunityId) {
    marketplace.deleteOpportunity(opportunityId);
    return ResponseEntity.noContent().build();
  }

  private void requireOrganiser(long eventId) {
    directory.event(eventId);
    String user = accounts.signedIn().map(UserAccount::username)
        .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    if (!directory.isOrganiser(eventId, user)) {
      throw new AccessDeniedException("Only the organisers of event " + eventId + " may do this");
    }
  }

  private void requireParticipantOf(long eventId, long participantId) {
    requireOrganiser(eventId);
    if (directory.participant(participantId).eventId() != eventId) {
      throw new NotFoundException("Participant", participantId);
    }
  }
}
