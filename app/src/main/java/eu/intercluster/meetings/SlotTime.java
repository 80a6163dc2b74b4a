package eu.intercluster.meetings;

import java.time.ZonedDateTime;

/** A slot number with its start and end in the event's time zone. */
public record SlotTime(int number, ZonedDateTime start, ZonedDateTime end) {}
