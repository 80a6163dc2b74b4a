package eu.intercluster.meetings;

import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.RunAssignmentRecord;
import eu.intercluster.meetings.persistence.RunAssignmentRepository;
import eu.intercluster.meetings.persistence.ScheduleRunRecord;
import eu.intercluster.meetings.persistence.ScheduleRunRepository;
import eu.intercluster.meetings.persistence.SchedulePublicationRecord;
import eu.intercluster.meetings.persistence.SchedulePublicationRepository;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a finished run inside one transaction (run by {@link BookingTransactions}): every
 * proposed meeting that is still active gets its slot and table with seats and table bookings,
 * and is marked published. The first publication tells every participant concerned
 * (SchedulePublished); later ones only those whose meetings moved, were added, or were cancelled
 * since the previous publication (ScheduleChanged).
 */
@Component("meetingsSchedulePublication")
class SchedulePublication {

  private final ScheduleRunRepository runs;
  private final RunAssignmentRepository assignments;
  private final MeetingRepository meetings;
  private final SchedulePublicationRepository publications;
  private final SeatBook seats;
  private final ApplicationEventPublisher publisher;

  SchedulePublication(ScheduleRunRepository runs, RunAssignmentRepository assignments, MeetingRepository meetings,
      SchedulePublicationRepository publications, SeatBook seats, ApplicationEventPublisher publisher) {
    this.runs = runs;
    this.assignments = assignments;
    this.meetings = meetings;
    this.publications = publications;
    this.seats = seats;
    this.publisher = publisher;
  }

  PublishResult publish(long eventId, long runId, String username) {
    ScheduleRunRecord run = runs.findById(runId).filter(r -> r.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Scheduler run", runId));
    if (!ScheduleRunRecord.DONE.equals(run.getStatus())
        || !("OPTIMAL".equals(run.getSolverStatus()) || "FEASIBLE".equals(run.getSolverStatus()))) {
      throw new ConflictException("run-not-publishable",
          "Run " + runId + " has no schedule to publish (" + run.getStatus()
              + (run.getSolverStatus() == null ? "" : ", " + run.getSolverStatus()) + ")", List.of());
    }
    if (run.getPublishedAt() != null) {
      throw new ConflictException("run-published", "Run " + runId + " is already published", List.of());
    }
    List<MeetingRecord> all = meetings.findByEventIdOrderByIdAsc(eventId);
    Map<Long, MeetingRecord> active = all.stream().filter(m -> !m.isCancelled())
        .collect(Collectors.toMap(MeetingRecord::getId, Function.identity()));
    List<RunAssignmentRecord> placed = assignments.findByRunIdOrderBySlotAscTableNoAsc(runId).stream()
        .filter(a -> active.containsKey(a.getMeetingId())).toList();
    SchedulePublicationRecord previous = publications.findById(eventId).orElse(null);
    boolean first = previous == null && all.stream().noneMatch(MeetingRecord::isPublished);
    Set<Long> concerned = new TreeSet<>();
    Set<Long> affected = new TreeSet<>();
    for (RunAssignmentRecord a : placed) {
      MeetingRecord m = active.get(a.getMeetingId());
      concerned.add(m.getRequesterId());
      concerned.add(m.getPartnerId());
      if (!m.isPublished() || !Objects.equals(m.getSlot(), a.getSlot())
          || !Objects.equals(m.getTableNo(), a.getTableNo())) {
        affected.add(m.getRequesterId());
        affected.add(m.getPartnerId());
      }
      seats.unbook(m.getId());
    }
    Instant now = Instant.now();
    for (RunAssignmentRecord a : placed) {
      MeetingRecord m = active.get(a.getMeetingId());
      seats.book(m, a.getSlot(), a.getTableNo());
      m.place(a.getSlot(), a.getTableNo(), true, now);
    }
    if (previous != null) {
      all.stream().filter(m -> m.isCancelled() && m.isPublished() && m.getCancelledAt() != null
              && m.getCancelledAt().isAfter(previous.getPublishedAt()))
          .forEach(m -> {
            affected.add(m.getRequesterId());
            affected.add(m.getPartnerId());
          });
    }
    run.markPublished(now);
    SchedulePublicationRecord record = previous != null ? previous : new SchedulePublicationRecord(eventId);
    record.record(runId, now, username);
    publications.saveAndFlush(record);
    meetings.flush();
    if (first) {
      publisher.publishEvent(new SchedulePublished(eventId, Set.copyOf(concerned)));
    } else if (!affected.isEmpty()) {
      publisher.publishEvent(new ScheduleChanged(eventId, Set.copyOf(affected)));
    }
    return new PublishResult(runId, placed.size(), first, first ? Set.copyOf(concerned) : Set.copyOf(affected));
  }
}
