package eu.intercluster.outcomes;

import eu.intercluster.outcomes.persistence.MeetingOutcomeRecord;
import eu.intercluster.outcomes.persistence.MeetingOutcomeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a meeting's outcome row in a transaction of its own, so that two first clicks at the same
 * moment both end up locking the one row: the loser's insert fails on the unique key in its own
 * transaction, which the caller ignores, instead of failing the whole change.
 */
@Component
class OutcomeRows {

  private final MeetingOutcomeRepository outcomes;

  OutcomeRows(MeetingOutcomeRepository outcomes) {
    this.outcomes = outcomes;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void insertIfMissing(long eventId, long meetingId) {
    if (outcomes.findByMeetingId(meetingId).isEmpty()) {
      outcomes.saveAndFlush(new MeetingOutcomeRecord(eventId, meetingId));
    }
  }
}
