package eu.intercluster.outcomes;

import eu.intercluster.ecosystem.RelationType;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.persistence.FeedbackRecord;
import eu.intercluster.outcomes.persistence.FeedbackRepository;
import eu.intercluster.outcomes.persistence.FollowUpRecord;
import eu.intercluster.outcomes.persistence.FollowUpRepository;
import eu.intercluster.outcomes.persistence.MeetingOutcomeRecord;
import eu.intercluster.outcomes.persistence.MeetingOutcomeRepository;
import eu.intercluster.system.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaMeetingOutcomes implements MeetingOutcomes {

  private final MeetingBook meetings;
  private final MeetingOutcomeRepository outcomes;
  private final FeedbackRepository feedback;
  private final FollowUpRepository followUps;
  private final OutcomeAccess access;
  private final OutcomeMapWriter map;
  private final OutcomeRows rows;
  private final ApplicationEventPublisher publisher;
  private final Clock clock = Clock.systemUTC();

  JpaMeetingOutcomes(MeetingBook meetings, MeetingOutcomeRepository outcomes, FeedbackRepository feedback,
      FollowUpRepository followUps, OutcomeAccess access, OutcomeMapWriter map, OutcomeRows rows,
      ApplicationEventPublisher publisher) {
    this.meetings = meetings;
    this.outcomes = outcomes;
    this.feedback = feedback;
    this.followUps = followUps;
    this.access = access;
    this.map = map;
    this.rows = rows;
    this.publisher = publisher;
  }

  @Override
  public MeetingOutcome outcome(long meetingId) {
    return view(meetingId, outcomes.findByMeetingId(meetingId).orElse(null));
  }

  @Override
  public List<MeetingOutcome> outcomes(long eventId) {
    Set<Long> ids = new TreeSet<>();
    outcomes.findByEventId(eventId).forEach(o -> ids.add(o.getMeetingId()));
    feedback.findByEventId(eventId).forEach(f -> ids.add(f.getMeetingId()));
    return ids.stream().map(this::outcome).toList();
  }

  @Override
  public OutcomeCounts counts(long eventId) {
    return OutcomeTally.of(outcomes.findByEventId(eventId), feedback.findByEventId(eventId),
        followUps.findByEventId(eventId));
  }

  @Override
  @Transactional
  public MeetingOutcome markAttendance(long meetingId, Attendance attendance, String username) {
    MeetingView meeting = meetings.meeting(meetingId);
    access.requireOrganiser(meeting.eventId(), username);
    if (attendance != null && (meeting.cancelled() || meeting.slot() == null || !meeting.published())) {
      throw new InvalidInputException("meeting",
          "meeting " + meetingId + " is cancelled or not scheduled and published");
    }
    MeetingOutcomeRecord record = lockedRecord(meeting);
    boolean newlyHeld = attendance == Attendance.HELD && !Attendance.HELD.name().equals(record.getAttendance());
    record.mark(attendance == null ? null : attendance.name(), attendance == null ? null : username,
        attendance == null ? null : clock.instant());
    if (attendance == Attendance.HELD && record.getMetAtRelationId() == null) {
      record.setMetAtRelationId(map.write(meeting, RelationType.MET_AT));
    } else if (attendance != Attendance.HELD && record.getMetAtRelationId() != null) {
      map.remove(record.getMetAtRelationId());
      record.setMetAtRelationId(null);
    }
    if (newlyHeld) {
      publisher.publishEvent(new MeetingHeld(meeting.eventId(), meetingId, meeting.requesterId(),
          meeting.partnerId()));
    }
    return view(meetingId, record);
  }

  @Override
  @Transactional
  public FeedbackView saveFeedback(long meetingId, FeedbackInput input, String username) {
    MeetingView meeting = meetings.meeting(meetingId);
    long participantId = access.requireParticipantIn(meeting, username).id();
    OutcomeRules.check(input);
    MeetingOutcomeRecord record = lockedRecord(meeting);
    requireMet(meeting, record);
    FeedbackRecord row = feedback.findByMeetingIdAndParticipantId(meetingId, participantId)
        .orElseGet(() -> new FeedbackRecord(meeting.eventId(), meetingId, participantId));
    row.update(input.outcome().name(), input.rating(), OutcomeRules.clean(input.comment()), clock.instant());
    feedback.saveAndFlush(row);
    syncAgreement(meeting, record);
    publisher.publishEvent(new OutcomeRecorded(meeting.eventId(), meetingId, participantId, input.outcome()));
    return feedbackView(row);
  }

  @Override
  public Optional<FeedbackView> feedback(long meetingId, long participantId) {
    return feedback.findByMeetingIdAndParticipantId(meetingId, participantId).map(JpaMeetingOutcomes::feedbackView);
  }

  @Override
  @Transactional
  public FollowUpView saveFollowUp(long meetingId, FollowUpInput input, String username) {
    MeetingView meeting = meetings.meeting(meetingId);
    long participantId = access.requireParticipantIn(meeting, username).id();
    OutcomeRules.check(input);
    requireMet(meeting, outcomes.findByMeetingId(meetingId).orElse(null));
    FollowUpRecord row = followUps.findByMeetingIdAndParticipantId(meetingId, participantId)
        .orElseGet(() -> new FollowUpRecord(meeting.eventId(), meetingId, participantId));
    row.update(input.status().name(), OutcomeRules.clean(input.comment()), clock.instant());
    followUps.save(row);
    return followUpView(row);
  }

  @Override
  public Optional<FollowUpView> followUp(long meetingId, long participantId) {
    return followUps.findByMeetingIdAndParticipantId(meetingId, participantId).map(JpaMeetingOutcomes::followUpView);
  }

  /** One AGREEMENT_REACHED relation while any feedback of the meeting says so, none otherwise. */
  private void syncAgreement(MeetingView meeting, MeetingOutcomeRecord record) {
    boolean agreed = feedback.findByMeetingIdOrderByParticipantId(meeting.id()).stream()
        .anyMatch(f -> MeetingResult.AGREEMENT_REACHED.name().equals(f.getOutcome()));
    if (agreed && record.getAgreementRelationId() == null) {
      record.setAgreementRelationId(map.write(meeting, RelationType.AGREEMENT_REACHED));
    } else if (!agreed && record.getAgreementRelationId() != null) {
      map.remove(record.getAgreementRelationId());
      record.setAgreementRelationId(null);
    }
  }

  private static void requireMet(MeetingView meeting, MeetingOutcomeRecord record) {
    if (meeting.cancelled()) {
      throw new InvalidInputException("meeting", "meeting " + meeting.id() + " was cancelled");
    }
    if (record != null && Attendance.NO_SHOW.name().equals(record.getAttendance())) {
      throw new InvalidInputException("meeting", "meeting " + meeting.id() + " was marked as a no-show");
    }
  }

  private MeetingOutcomeRecord lockedRecord(MeetingView meeting) {
    try {
      rows.insertIfMissing(meeting.eventId(), meeting.id());
    } catch (DataIntegrityViolationException insertedMeanwhile) {
      // a concurrent first click created the row; it is locked below
    }
    return outcomes.findForUpdateByMeetingId(meeting.id()).orElseThrow();
  }

  private MeetingOutcome view(long meetingId, MeetingOutcomeRecord record) {
    List<FeedbackView> given = feedback.findByMeetingIdOrderByParticipantId(meetingId).stream()
        .map(JpaMeetingOutcomes::feedbackView).toList();
    if (record == null) {
      return new MeetingOutcome(meetingId, null, given, null, null);
    }
    Attendance attendance = record.getAttendance() == null ? null : Attendance.valueOf(record.getAttendance());
    return new MeetingOutcome(meetingId, attendance, given, record.getMetAtRelationId(),
        record.getAgreementRelationId());
  }

  private static FeedbackView feedbackView(FeedbackRecord f) {
    return new FeedbackView(f.getMeetingId(), f.getParticipantId(), MeetingResult.valueOf(f.getOutcome()),
        f.getRating(), f.getComment(), f.getUpdatedAt());
  }

  private static FollowUpView followUpView(FollowUpRecord f) {
    return new FollowUpView(f.getMeetingId(), f.getParticipantId(), FollowUpStatus.valueOf(f.getStatus()),
        f.getComment(), f.getUpdatedAt());
  }

}
