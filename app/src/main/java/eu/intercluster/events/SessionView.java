package eu.intercluster.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A matchmaking session as pages show it; {@code slotCount} is how many meeting slots it holds. */
public record SessionView(long id, long eventId, String name, LocalDate day, LocalTime start,
    LocalTime end, int meetingMinutes, int pauseMinutes, List<String> breaks, int slotCount) {

  public SessionView {
    breaks = breaks == null ? List.of() : List.copyOf(breaks);
  }
}
