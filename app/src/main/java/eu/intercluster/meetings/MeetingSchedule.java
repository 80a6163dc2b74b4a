package eu.intercluster.meetings;

/**
 * The organiser's scheduling of an event: scheduler runs in the background, review, publication,
 * manual moves and re-planning. Every method checks that {@code username} organises the event.
 */
public interface MeetingSchedule {

  ScheduleOverview overview(long eventId, String username);

  /**
   * Starts a scheduler run in the background and returns it (RUNNING). After a publication the
   * run is a re-plan that keeps published meetings in place where possible.
   *
   * @throws eu.intercluster.system.InvalidInputException on {@code timeLimitSeconds} or
   *     {@code fairness}
   * @throws eu.intercluster.system.ConflictException when a run of the event is still running
   */
  ScheduleRunView start(long eventId, String username, int timeLimitSeconds, int fairness);

  ScheduleRunView run(long eventId, long runId, String username);

  /**
   * Writes a finished run's assignments into the meetings in one transaction and publishes
   * SchedulePublished (first publication) or ScheduleChanged (naming the affected participants).
   */
  PublishResult publish(long eventId, long runId, String username);

  /**
   * Moves one meeting to a slot and table. Hard conflicts (a participant busy, the table taken)
   * are refused with the reason; a participant not available in that session needs
   * {@code confirm}.
   */
  MoveResult move(long eventId, long meetingId, int slot, int table, boolean confirm, String username);
}
