package eu.intercluster.events;

import java.util.List;

/**
 * Everything an event's public page shows.
 *
 * @param registrationOpen whether registering is possible now (inside the registration window)
 */
public record EventDetails(EventView event, String description, List<SessionView> sessions,
    List<VisitView> visits, long validatedParticipants, boolean registrationOpen) {

  public EventDetails {
    sessions = List.copyOf(sessions);
    visits = List.copyOf(visits);
  }
}
