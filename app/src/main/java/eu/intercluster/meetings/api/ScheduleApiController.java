package eu.intercluster.meetings.api;

import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.meetings.MeetingSchedule;
import eu.intercluster.meetings.MoveResult;
import eu.intercluster.meetings.PublishResult;
import eu.intercluster.meetings.ScheduleOverview;
import eu.intercluster.meetings.ScheduleRunView;
import eu.intercluster.system.InvalidInputException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisers' scheduling over REST: start a run (202), poll it, publish it, move a meeting. */
@RestController("meetingsScheduleApiController")
@RequestMapping("/api/v1/events/{eventId}")
class ScheduleApiController {

  /** Run settings; defaults 20 seconds and fairness 2. */
  record RunSettings(Integer timeLimitSeconds, Integer fairness) {}

  /** A manual move; {@code confirm} accepts a participant's unavailability in that session. */
  record Move(Integer slot, Integer table, Boolean confirm) {}

  private final MeetingSchedule schedule;
  private final UserAccounts accounts;

  ScheduleApiController(MeetingSchedule schedule, UserAccounts accounts) {
    this.schedule = schedule;
    this.accounts = accounts;
  }

  @GetMapping("/schedule")
  ScheduleOverview overview(@PathVariable long eventId) {
    return schedule.overview(eventId, MeetingsApiController.username(accounts));
  }

  @PostMapping("/schedule/runs")
  ResponseEntity<ScheduleRunView> start(@PathVariable long eventId, @RequestBody(required = false) RunSettings body) {
    int limit = body == null || body.timeLimitSeconds() == null ? 20 : body.timeLimitSeconds();
    int fairness = body == null || body.fairness() == null ? 2 : body.fairness();
    ScheduleRunView run = schedule.start(eventId, MeetingsApiController.username(accounts), limit, fairness);
    return ResponseEntity.accepted().location(URI.create("/api/v1/events/" + eventId + "/schedule/runs/" + run.id()))
        .body(run);
  }

  @GetMapping("/schedule/runs/{runId}")
  ScheduleRunView run(@PathVariable long eventId, @PathVariable long runId) {
    return schedule.run(eventId, runId, MeetingsApiController.username(accounts));
  }

  @PostMapping("/schedule/runs/{runId}/publish")
  PublishResult publish(@PathVariable long eventId, @PathVariable long runId) {
    return schedule.publish(eventId, runId, MeetingsApiController.username(accounts));
  }

  @PostMapping("/meetings/{meetingId}/move")
  MoveResult move(@PathVariable long eventId, @PathVariable long meetingId, @RequestBody Move body) {
    if (body == null || body.slot() == null || body.table() == null) {
      throw new InvalidInputException(body == null || body.slot() == null ? "slot" : "table", "is required");
    }
    return schedule.move(eventId, meetingId, body.slot(), body.table(), Boolean.TRUE.equals(body.confirm()),
        MeetingsApiController.username(accounts));
  }
}
