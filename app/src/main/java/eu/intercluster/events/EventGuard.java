package eu.intercluster.events;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccount;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.events.persistence.EventEntity;
import eu.intercluster.events.persistence.ParticipantEntity;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who the signed-in user is, and whether they may manage an event or act for a participant. */
@Component("eventsEventGuard")
class EventGuard {

  private final UserAccounts accounts;

  EventGuard(UserAccounts accounts) {
    this.accounts = accounts;
  }

  Optional<UserAccount> signedIn() {
    return accounts.signedIn().filter(UserAccount::enabled);
  }

  UserAccount requireSignedIn() {
    return signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first"));
  }

  UserAccount requireEditor() {
    UserAccount user = requireSignedIn();
    if (user.role() != Role.EDITOR && user.role() != Role.ADMIN) {
      throw new AccessDeniedException("Creating events needs the EDITOR role");
    }
    return user;
  }

  boolean isOrganiser(EventEntity event, String username) {
    if (username == null) {
      return false;
    }
    if (username.equals(event.getOwner()) || event.getCoOrganisers().contains(username)) {
      return true;
    }
    return accounts.find(username).filter(u -> u.enabled() && u.role() == Role.ADMIN).isPresent();
  }

  UserAccount requireOrganiser(EventEntity event) {
    UserAccount user = requireSignedIn();
    if (!isOrganiser(event, user.username())) {
      throw new AccessDeniedException("Only the organisers of event " + event.getId() + " may do this");
    }
    return user;
  }

  /** The participant themself or an organiser of their event. */
  UserAccount requireSelfOrOrganiser(ParticipantEntity participant, EventEntity event) {
    UserAccount user = requireSignedIn();
    if (!user.username().equals(participant.getUsername()) && !isOrganiser(event, user.username())) {
      throw new AccessDeniedException("Not your registration");
    }
    return user;
  }

  /** The participant themself only. */
  UserAccount requireSelf(ParticipantEntity participant) {
    UserAccount user = requireSignedIn();
    if (!user.username().equals(participant.getUsername())) {
      throw new AccessDeniedException("Not your registration");
    }
    return user;
  }
}
