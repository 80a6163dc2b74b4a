package eu.intercluster.events;

import eu.intercluster.events.persistence.EventEntity;
import java.time.Instant;

/** Whether an instant lies inside an event's registration window (open bounds are null). */
final class RegistrationWindow {

  private RegistrationWindow() {}

  static boolean isOpen(EventEntity event, Instant now) {
    return (event.getRegistrationOpens() == null || !now.isBefore(event.getRegistrationOpens()))
        && (event.getRegistrationCloses() == null || now.isBefore(event.getRegistrationCloses()));
  }
}
