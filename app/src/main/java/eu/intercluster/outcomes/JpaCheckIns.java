package eu.intercluster.outcomes;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.outcomes.persistence.CheckInRecord;
import eu.intercluster.outcomes.persistence.CheckInRepository;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaCheckIns implements CheckIns {

  private final EventDirectory events;
  private final CheckInRepository checkIns;
  private final OutcomeAccess access;
  private final Clock clock = Clock.systemUTC();

  JpaCheckIns(EventDirectory events, CheckInRepository checkIns, OutcomeAccess access) {
    this.events = events;
    this.checkIns = checkIns;
    this.access = access;
  }

  @Override
  public Map<Long, Instant> checkedIn(long eventId) {
    Map<Long, Instant> arrived = new LinkedHashMap<>();
    checkIns.findByEventId(eventId).forEach(c -> arrived.put(c.getParticipantId(), c.getCheckedInAt()));
    return arrived;
  }

  @Override
  @Transactional
  public void checkIn(long eventId, long participantId, String username) {
    access.requireOrganiser(eventId, username);
    ParticipantView participant = participantOf(eventId, participantId);
    if (participant.status() != ParticipantStatus.VALIDATED) {
      throw new InvalidInputException("participantId", "participant " + participantId + " is not validated");
    }
    if (checkIns.findByParticipantId(participantId).isEmpty()) {
      checkIns.save(new CheckInRecord(eventId, participantId, clock.instant(), username));
    }
  }

  @Override
  @Transactional
  public void undo(long eventId, long participantId, String username) {
    access.requireOrganiser(eventId, username);
    participantOf(eventId, participantId);
    checkIns.findByParticipantId(participantId).ifPresent(checkIns::delete);
  }

  private ParticipantView participantOf(long eventId, long participantId) {
    ParticipantView participant = events.participant(participantId);
    if (participant.eventId() != eventId) {
      throw new NotFoundException("participant", participantId);
    }
    return participant;
  }
}
