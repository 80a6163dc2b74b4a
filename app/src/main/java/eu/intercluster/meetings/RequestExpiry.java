package eu.intercluster.meetings;

import eu.intercluster.meetings.persistence.MeetingRequestRecord;
import eu.intercluster.meetings.persistence.MeetingRequestRepository;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unanswered requests expire after the event's request expiry: each becomes EXPIRED in its own
 * transaction, releases the slot it held and publishes {@link RequestExpired}. Runs every minute.
 */
@Component("meetingsRequestExpiry")
class RequestExpiry {

  private static final Logger log = LoggerFactory.getLogger(RequestExpiry.class);

  private final MeetingRequestRepository requests;
  private final RequestClosure closure;
  private final ApplicationEventPublisher publisher;
  private final TransactionTemplate transaction;

  RequestExpiry(MeetingRequestRepository requests, RequestClosure closure, ApplicationEventPublisher publisher,
      PlatformTransactionManager transactions) {
    this.requests = requests;
    this.closure = closure;
    this.publisher = publisher;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(fixedDelayString = "${intercluster.meetings.expiry-check:PT1M}",
      initialDelayString = "${intercluster.meetings.expiry-check:PT1M}")
  void expireNow() {
    int expired = expireDue(Instant.now());
    if (expired > 0) {
      log.info("{} meeting requests expired", expired);
    }
  }

  int expireDue(Instant now) {
    int expired = 0;
    for (Long id : requests.findDueForExpiry(now)) {
      try {
        Boolean done = transaction.execute(status -> expire(id, now));
        expired += Boolean.TRUE.equals(done) ? 1 : 0;
      } catch (ConcurrencyFailureException answeredMeanwhile) {
        log.debug("request {} was answered while expiring", id);
      }
    }
    return expired;
  }

  private boolean expire(long id, Instant now) {
    MeetingRequestRecord request = requests.findById(id).orElse(null);
    if (request == null || request.getStatus() != RequestStatus.PENDING) {
      return false;
    }
    closure.close(request, RequestStatus.EXPIRED, now);
    publisher.publishEvent(new RequestExpired(request.getEventId(), id, request.getRequesterId(),
        request.getRecipientId()));
    return true;
  }
}
