package eu.intercluster.events;

import java.time.ZonedDateTime;

/**
 * One meeting slot of an event's matchmaking sessions. Slots of all sessions are numbered
 * {@code 1..n} in time order; the numbering is what the scheduler and the meetings use.
 */
public record SlotView(int number, long sessionId, String sessionName, ZonedDateTime start,
    ZonedDateTime end) {}
