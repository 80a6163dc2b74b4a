package eu.intercluster.events;

import java.util.List;
import java.util.Optional;

/**
 * What other modules read about events and their participants, and the one place that answers
 * "may this user manage this event?". Reading never checks access: callers check it with
 * {@link #isOrganiser} or by comparing the participant's username with the signed-in user.
 */
public interface EventDirectory {

  /** @throws eu.intercluster.system.NotFoundException when there is no such event */
  EventView event(long eventId);

  /** Every event, the next ones first. */
  List<EventView> events();

  /** The meeting slots of all matchmaking sessions, numbered 1..n in time order. */
  List<SlotView> slots(long eventId);

  /** Every participant of the event, whatever their status, in registration order. */
  List<ParticipantView> participants(long eventId);

  /** @throws eu.intercluster.system.NotFoundException when there is no such participant */
  ParticipantView participant(long participantId);

  /** The participant record of a user at an event, if registered. */
  Optional<ParticipantView> participantOf(long eventId, String username);

  /** The participant whose iCal feed token this is. */
  Optional<ParticipantView> participantByCalendarToken(String token);

  /** True for the event's owner, its co-organisers, and platform ADMINs. */
  boolean isOrganiser(long eventId, String username);
}
