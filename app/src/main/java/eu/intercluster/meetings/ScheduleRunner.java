package eu.intercluster.meetings;

import eu.intercluster.meetings.persistence.RunAssignmentRecord;
import eu.intercluster.meetings.persistence.RunAssignmentRepository;
import eu.intercluster.meetings.persistence.RunProgressRecord;
import eu.intercluster.meetings.persistence.RunProgressRepository;
import eu.intercluster.meetings.persistence.ScheduleRunRecord;
import eu.intercluster.meetings.persistence.ScheduleRunRepository;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.solver.MeetingScheduler;
import eu.intercluster.scheduler.solver.ScheduleResult;
import eu.intercluster.scheduler.solver.SchedulerOptions;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves a mapped event on a background thread: progress (best breaks, bound) is stored as the solver
 * reports it, at most every 200 ms, and the result (status, breaks, bound, assignments or the
 * explanation) when it finishes. A crash of the solver marks the run FAILED with the reason.
 */
@Component("meetingsScheduleRunner")
class ScheduleRunner {

  private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);
  private static final long PROGRESS_EVERY_MILLIS = 200;

  private final ScheduleRunRepository runs;
  private final RunAssignmentRepository assignments;
  private final RunProgressRepository progress;
  private final TransactionTemplate transaction;
  private final MeetingsProperties properties;
  private final EventDirectory events;
  private final AtomicLong threadNumber = new AtomicLong();
  private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "scheduler-run-" + threadNumber.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  ScheduleRunner(ScheduleRunRepository runs, RunAssignmentRepository assignments, RunProgressRepository progress,
      PlatformTransactionManager transactions, MeetingsProperties properties, EventDirectory events) {
    this.runs = runs;
    this.assignments = assignments;
    this.progress = progress;
    this.transaction = new TransactionTemplate(transactions);
    this.properties = properties;
    this.events = events;
  }

  Future<?> start(long runId, ProblemMapping.Mapped mapped, int timeLimitSeconds, int fairness, boolean replan) {
    return executor.submit(() -> solve(runId, mapped, timeLimitSeconds, fairness, replan));
  }

  private void solve(long runId, ProblemMapping.Mapped mapped, int timeLimitSeconds, int fairness, boolean replan) {
    long started = System.nanoTime();
    AtomicLong lastSaved = new AtomicLong(-PROGRESS_EVERY_MILLIS);
    try {
      SchedulerOptions options = SchedulerOptions.defaults()
          .withTimeLimit(Duration.ofSeconds(timeLimitSeconds)).withFairness(fairness)
          .withThreads(properties.solverThreads())
          .withProgress((seconds, breaks, bound) -> {
            long millis = Math.round(seconds * 1000);
            if (millis - lastSaved.get() >= PROGRESS_EVERY_MILLIS) {
              lastSaved.set(millis);
              progress.save(new RunProgressRecord(runId, millis, breaks, bound));
            }
          })
          .withPublished(replan ? mapped.published() : java.util.List.of());
      ScheduleResult result = new MeetingScheduler().solve(mapped.problem(), options);
      long millis = (System.nanoTime() - started) / 1_000_000;
      transaction.executeWithoutResult(status -> {
        ScheduleRunRecord run = runs.findById(runId).orElseThrow();
        for (Assignment a : result.assignments()) {
          assignments.save(new RunAssignmentRecord(runId, mapped.meetingId(a.meeting()), a.slot(), a.table()));
        }
        if (result.hasSchedule()) {
          progress.save(new RunProgressRecord(runId, millis, result.breaks(), result.lowerBound()));
        }
        run.finish(result.status().name(), result.hasSchedule() ? result.breaks() : null,
            result.lowerBound() >= 0 ? result.lowerBound() : null, millis, result.moved(),
            result.explanation().isBlank() ? null : truncate(named(result.explanation(), mapped)), Instant.now());
      });
    } catch (RuntimeException | Error failure) {
      log.warn("scheduler run {} failed", runId, failure);
      long millis = (System.nanoTime() - started) / 1_000_000;
      transaction.executeWithoutResult(status -> runs.findById(runId)
          .ifPresent(run -> run.fail(truncate(String.valueOf(failure.getMessage())), millis, Instant.now())));
    }
  }

  /** The explanation with names instead of the scheduler's participant and meeting numbers. */
  private String named(String explanation, ProblemMapping.Mapped mapped) {
    Map<Integer, String> names = new HashMap<>();
    return ExplanationNames.rewrite(explanation, mapped.problem(), p -> names.computeIfAbsent(p, n -> {
      try {
        ParticipantView participant = events.participant(mapped.participantIds().get(p - 1));
        String organisation = participant.organisationName();
        return organisation == null || organisation.isBlank()
            ? participant.fullName() : participant.fullName() + " (" + organisation + ")";
      } catch (RuntimeException gone) {
        return "participant " + p;
      }
    }));
  }

  private static String truncate(String text) {
    return text.length() <= 19_000 ? text : text.substring(0, 19_000) + " …";
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
