package eu.intercluster.events.web;

import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantView;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is looking at an event page: signed-in user, their registration, organiser or not. */
@Component("eventsEventPageSupport")
class EventPageSupport {

  private final UserAccounts accounts;
  private final EventDirectory directory;

  EventPageSupport(UserAccounts accounts, EventDirectory directory) {
    this.accounts = accounts;
    this.directory = directory;
  }

  Optional<String> username() {
    return accounts.signedIn().map(UserAccount::username);
  }

  boolean isOrganiser(long eventId) {
    return username().map(u -> directory.isOrganiser(eventId, u)).orElse(false);
  }

  Optional<ParticipantView> me(long eventId) {
    return username().flatMap(u -> directory.participantOf(eventId, u));
  }

  void requireOrganiser(long eventId) {
    directory.event(eventId);
    if (!isOrganiser(eventId)) {
      throw new AccessDeniedException("Only the organisers of event " + eventId + " may see this");
    }
  }

  ParticipantView requireMe(long eventId) {
    return me(eventId).orElseThrow(() -> new AccessDeniedException("Not registered for event " + eventId));
  }
}
