package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.ParticipantWithdrawn;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingRequestRecord;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a participant withdraws, their meetings are cancelled (partners are told, published
 * schedules change) and their open requests are closed, so slots, seats and tables are free
 * again. Runs inside the withdrawing transaction: all of it happens, or none.
 */
@Component
class WithdrawalRelease {

  private final MeetingRepository meetings;
  private final MeetingRequestRepository requests;
  private final RequestClosure closure;
  private final MeetingCancellation cancellation;
  private final EventDirectory directory;

  WithdrawalRelease(MeetingRepository meetings, MeetingRequestRepository requests, RequestClosure closure,
      MeetingCancellation cancellation, EventDirectory directory) {
    this.meetings = meetings;
    this.requests = requests;
    this.closure = closure;
    this.cancellation = cancellation;
    this.directory = directory;
  }

  @EventListener
  void on(ParticipantWithdrawn withdrawn) {
    String username = directory.participant(withdrawn.participantId()).username();
    for (MeetingRecord meeting : meetings.findActiveOf(withdrawn.eventId(), withdrawn.participantId())) {
      cancellation.cancel(meeting, username);
    }
    Instant now = Instant.now();
    for (MeetingRequestRecord request : requests.findOfParticipant(withdrawn.eventId(), withdrawn.participantId())) {
      if (request.getStatus() == RequestStatus.PENDING) {
        closure.close(request, RequestStatus.CANCELLED, now);
      }
    }
  }
}
