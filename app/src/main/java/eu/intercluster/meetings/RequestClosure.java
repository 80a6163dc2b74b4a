package eu.intercluster.meetings;

import eu.intercluster.meetings.persistence.MeetingRequestRecord;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import eu.intercluster.meetings.persistence.RequestPairRepository;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Closes a pending request without a meeting (declined, withdrawn, expired, or its participant
 * left): records the outcome and frees the slot it held and the pair, so the two may ask again.
 * Must run inside a transaction.
 */
@Component
class RequestClosure {

  private final MeetingRequestRepository requests;
  private final RequestPairRepository pairs;
  private final SeatBook seats;

  RequestClosure(MeetingRequestRepository requests, RequestPairRepository pairs, SeatBook seats) {
    this.requests = requests;
    this.pairs = pairs;
    this.seats = seats;
  }

  void close(MeetingRequestRecord request, RequestStatus status, Instant now) {
    request.close(status, now);
    requests.saveAndFlush(request);
    seats.release(request.getId());
    pairs.deleteByRequest(request.getId());
  }
}
