package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.ScheduleRunRecord;
import eu.intercluster.meetings.persistence.ScheduleRunRepository;
import eu.intercluster.meetings.persistence.SchedulePublicationRecord;
import eu.intercluster.meetings.persistence.SchedulePublicationRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The organiser's scheduling page and API: overview, runs in the background, publication, moves. */
@Service("meetingsJpaMeetingSchedule")
class JpaMeetingSchedule implements MeetingSchedule {

  static final int MAX_FAIRNESS = 100;
  /** A run still RUNNING this long after its time limit died with its server (a restart). */
  static final int STALE_AFTER_SECONDS = 120;

  private final MeetingsAccess access;
  private final MeetingRepository meetings;
  private final ScheduleRunRepository runs;
  private final SchedulePublicationRepository publications;
  private final ProblemMapping mapping;
  private final ScheduleRunner runner;
  private final RunViews runViews;
  private final MeetingViews views;
  private final SchedulePublication publication;
  private final ManualMove manualMove;
  private final BookingTransactions bookings;
  private final MeetingsProperties properties;
  private final TransactionTemplate transaction;

  JpaMeetingSchedule(MeetingsAccess access, MeetingRepository meetings, ScheduleRunRepository runs,
      SchedulePublicationRepository publications, ProblemMapping mapping, ScheduleRunner runner, RunViews runViews,
      MeetingViews views, SchedulePublication publication, ManualMove manualMove, BookingTransactions bookings,
      MeetingsProperties properties, PlatformTransactionManager transactions) {
    this.access = access;
    this.meetings = meetings;
    this.runs = runs;
    this.publications = publications;
    this.mapping = mapping;
    this.runner = runner;
    this.runViews = runViews;
    this.views = views;
    this.publication = publication;
    this.manualMove = manualMove;
    this.bookings = bookings;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  @Transactional(readOnly = true)
  public ScheduleOverview overview(long eventId, String username) {
    access.requireOrganiser(eventId, username);
    EventView event = access.event(eventId);
    Map<Integer, SlotView> slots = views.slots(eventId);
    Map<Long, String> names = runViews.names(eventId);
    List<MeetingRecord> all = meetings.findByEventIdOrderByIdAsc(eventId);
    List<ScheduledMeeting> active = all.stream().filter(m -> !m.isCancelled())
        .map(m -> new ScheduledMeeting(MeetingViews.view(m, slots), names.getOrDefault(m.getRequesterId(), "?"),
            names.getOrDefault(m.getPartnerId(), "?")))
        .sorted((a, b) -> JpaMeetingBook.SLOT_ORDER.compare(a.meeting(), b.meeting())).toList();
    long scheduled = active.stream().filter(m -> m.meeting().published() && m.meeting().slot() != null).count();
    SchedulePublicationRecord published = publications.findById(eventId).orElse(null);
    boolean replan = published != null && (scheduled < active.size() || all.stream()
        .anyMatch(m -> m.isCancelled() && m.getCancelledAt() != null
            && m.getCancelledAt().isAfter(published.getPublishedAt())));
    ScheduleRunView latest = runs.findFirstByEventIdOrderByIdDesc(eventId).map(runViews::view).orElse(null);
    List<SlotTime> slotTimes = slots.values().stream()
        .map(s -> new SlotTime(s.number(), s.start().withZoneSameInstant(event.zone()),
            s.end().withZoneSameInstant(event.zone())))
        .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    return new ScheduleOverview(eventId, event.title(), event.zone(), event.schedulingMode(), event.tables(),
        slotTimes, active.size(), scheduled, active.size() - scheduled, published != null, replan, latest, active);
  }

  @Override
  public ScheduleRunView start(long eventId, String username, int timeLimitSeconds, int fairness) {
    access.requireOrganiser(eventId, username);
    List<FieldProblem> problems = new ArrayList<>();
    if (timeLimitSeconds < 1 || timeLimitSeconds > properties.maxTimeLimitSeconds()) {
      problems.add(new FieldProblem("timeLimitSeconds",
          "must be between 1 and " + properties.maxTimeLimitSeconds() + " seconds"));
    }
    if (fairness < 0 || fairness > MAX_FAIRNESS) {
      problems.add(new FieldProblem("fairness", "must be between 0 and " + MAX_FAIRNESS));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().map(p -> p.field() + ": " + p.message())
          .reduce((a, b) -> a + "; " + b).orElse(""), problems);
    }
    if (access.slots(eventId).isEmpty()) {
      throw new ConflictException("no-slots", "The event has no meeting slots yet; add a matchmaking session",
          List.of());
    }
    ProblemMapping.Mapped mapped = mapping.map(eventId);
    if (mapped.meetingIds().isEmpty()) {
      throw new ConflictException("nothing-to-schedule", "There are no accepted meetings to schedule", List.of());
    }
    boolean replan = publications.existsById(eventId);
    ScheduleRunRecord run = transaction.execute(status -> {
      Instant now = Instant.now();
      for (ScheduleRunRecord running : runs.findByEventIdOrderByIdDesc(eventId)) {
        if (!ScheduleRunRecord.RUNNING.equals(running.getStatus())) {
          continue;
        }
        if (running.getStartedAt().plusSeconds(running.getTimeLimitSeconds() + STALE_AFTER_SECONDS).isAfter(now)) {
          throw new ConflictException("run-in-progress", "Scheduler run " + running.getId()
              + " of this event is still running", List.of(String.valueOf(running.getId())));
        }
        running.fail("Interrupted: the server stopped while this run was solving", 0, now);
      }
      return runs.saveAndFlush(new ScheduleRunRecord(eventId, timeLimitSeconds, fairness, replan, username,
          Instant.now()));
    });
    runner.start(run.getId(), mapped, timeLimitSeconds, fairness, replan);
    return runViews.view(run);
  }

  @Override
  @Transactional(readOnly = true)
  public ScheduleRunView run(long eventId, long runId, String username) {
    access.requireOrganiser(eventId, username);
    return runViews.view(runRecord(eventId, runId));
  }

  ScheduleRunRecord runRecord(long eventId, long runId) {
    return runs.findById(runId).filter(r -> r.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Scheduler run", runId));
  }

  @Override
  public PublishResult publish(long eventId, long runId, String username) {
    access.requireOrganiser(eventId, username);
    try {
      return transaction.execute(status -> publication.publish(eventId, runId, username));
    } catch (DataIntegrityViolationException outdated) {
      throw new ConflictException("schedule-outdated", "Since run " + runId + " was computed, a request or a "
          + "meeting took a seat or table it uses; run the scheduler again", List.of());
    }
  }

  @Override
  public MoveResult move(long eventId, long meetingId, int slot, int table, boolean confirm, String username) {
    access.requireOrganiser(eventId, username);
    return bookings.run(() -> manualMove.move(eventId, meetingId, slot, table, confirm));
  }
}
