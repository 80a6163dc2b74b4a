package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.ScheduleRunView.RunAssignment;
import eu.intercluster.meetings.ScheduleRunView.RunProgress;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.RunAssignmentRepository;
import eu.intercluster.meetings.persistence.RunProgressRepository;
import eu.intercluster.meetings.persistence.ScheduleRunRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Scheduler runs as views, with their progress and proposed assignments named for people. */
@Component("meetingsRunViews")
class RunViews {

  private final RunAssignmentRepository assignments;
  private final RunProgressRepository progress;
  private final MeetingRepository meetings;
  private final EventDirectory events;

  RunViews(RunAssignmentRepository assignments, RunProgressRepository progress, MeetingRepository meetings,
      EventDirectory events) {
    this.assignments = assignments;
    this.progress = progress;
    this.meetings = meetings;
    this.events = events;
  }

  Map<Long, String> names(long eventId) {
    return events.participants(eventId).stream()
        .collect(Collectors.toMap(ParticipantView::id, p -> label(p)));
  }

  static String label(ParticipantView p) {
    return p.organisationName() == null || p.organisationName().isBlank()
        ? p.fullName() : p.fullName() + " (" + p.organisationName() + ")";
  }

  ScheduleRunView view(ScheduleRunRecord run) {
    Map<Long, String> names = names(run.getEventId());
    Map<Long, MeetingRecord> byId = meetings.findByEventIdOrderByIdAsc(run.getEventId()).stream()
        .collect(Collectors.toMap(MeetingRecord::getId, Function.identity()));
    List<RunAssignment> placed = assignments.findByRunIdOrderBySlotAscTableNoAsc(run.getId()).stream()
        .map(a -> {
          MeetingRecord m = byId.get(a.getMeetingId());
          return new RunAssignment(a.getMeetingId(), a.getSlot(), a.getTableNo(),
              m == null ? "?" : names.getOrDefault(m.getRequesterId(), "?"),
              m == null ? "?" : names.getOrDefault(m.getPartnerId(), "?"));
        }).toList();
    List<RunProgress> points = progress.findByRunIdOrderByMillisAscIdAsc(run.getId()).stream()
        .map(p -> new RunProgress(p.getMillis() / 1000.0, p.getBreaks(), p.getLowerBound())).toList();
    return new ScheduleRunView(run.getId(), run.getEventId(), run.getStatus(), run.getSolverStatus(), run.getBreaks(),
        run.getLowerBound(), run.getMillis() == null ? null : run.getMillis() / 1000.0, run.getTimeLimitSeconds(),
        run.getFairness(), run.isReplan(), run.getMoved(), run.getExplanation(), run.getStartedAt(),
        run.getFinishedAt(), run.getPublishedAt(), points, placed);
  }
}
