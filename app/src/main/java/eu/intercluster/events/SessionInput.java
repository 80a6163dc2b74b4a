package eu.intercluster.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A matchmaking session: on {@code day} from {@code start} to {@code end} (local time of the
 * event), meetings of {@code meetingMinutes} (5..120) separated by {@code pauseMinutes} (0..60);
 * {@code breaks} are pauses such as a coffee break, each {@code "HH:mm-HH:mm"} inside the session.
 */
public record SessionInput(String name, LocalDate day, LocalTime start, LocalTime end,
    int meetingMinutes, int pauseMinutes, List<String> breaks) {

  public SessionInput {
    breaks = breaks == null ? List.of() : List.copyOf(breaks);
  }
}
