package eu.intercluster.events;

import java.util.List;

/**
 * Setting up events: create (EDITORs, who become the owner), change, sessions, co-organisers,
 * a mission's site visits. Every change but {@link #createAs} checks that the signed-in user
 * organises the event and throws {@link org.springframework.security.access.AccessDeniedException}
 * otherwise; bad input raises {@link eu.intercluster.system.InvalidInputException} naming the field.
 */
public interface EventSetup {

  /** Creates the event and its map activity; the signed-in EDITOR becomes the owner. */
  EventView create(EventInput input);

  /**
   * For trusted code (demo seeding): creates the event owned by {@code ownerUsername} (an
   * existing user) with its sessions, without checking the signed-in user.
   */
  EventView createAs(String ownerUsername, EventInput input, List<SessionInput> sessions);

  EventView update(long eventId, EventInput input);

  SessionView addSession(long eventId, SessionInput input);

  void removeSession(long eventId, long sessionId);

  /** Replaces the co-organisers; each must be an existing user. */
  EventView setCoOrganisers(long eventId, List<String> usernames);

  /** Adds a site visit, also as a SITE_VISIT child activity on the map. */
  VisitView addVisit(long eventId, VisitInput input);

  void removeVisit(long eventId, long visitId);

  /**
   * Deletes an event set up by mistake, with its sessions, visits and pending or rejected
   * registrations, and its map activities. Only its owner or an ADMIN may; refused with a
   * {@link eu.intercluster.system.ConflictException} once a participant has been validated.
   */
  void delete(long eventId);

  /** The public page's content. @throws eu.intercluster.system.NotFoundException */
  EventDetails details(long eventId);

  List<SessionView> sessions(long eventId);

  List<VisitView> visits(long eventId);
}
