package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.system.ConflictException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Requests are sent and accepted only while the event's booking window is open. */
final class BookingWindow {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private BookingWindow() {}

  static void check(EventView event, Instant now) {
    if (event.bookingOpens() != null && now.isBefore(event.bookingOpens())) {
      throw new ConflictException("booking-not-open",
          "Meeting booking opens on " + FORMAT.format(event.bookingOpens().atZone(event.zone())), List.of());
    }
    if (event.bookingCloses() != null && now.isAfter(event.bookingCloses())) {
      throw new ConflictException("booking-closed",
          "Meeting booking closed on " + FORMAT.format(event.bookingCloses().atZone(event.zone())), List.of());
    }
  }
}
