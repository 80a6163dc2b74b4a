package eu.intercluster.notifications;

import eu.intercluster.notifications.MailDelivery.Outcome;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import eu.intercluster.notifications.persistence.NotificationLogRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends failed mails again, every minute by default ({@code intercluster.mail.retry-cron}): an
 * SMTP server that was down or refused a mail gets it again after 1, 2, 4 and 8 minutes; after
 * {@value #MAX_ATTEMPTS} attempts the entry stays FAILED. Each retry is claimed in the log first,
 * so two nodes never send the same mail twice.
 */
@Component
class MailRetries {

  static final int MAX_ATTEMPTS = 5;
  static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(MailRetries.class);

  private final NotificationLogRepository entries;
  private final MailDelivery delivery;
  private final Clocks clocks;

  MailRetries(NotificationLogRepository entries, MailDelivery delivery, Clocks clocks) {
    this.entries = entries;
    this.delivery = delivery;
    this.clocks = clocks;
  }

  /** When to try a mail again after the attempt now ending, or null after the last attempt. */
  static Instant nextAttempt(NotificationLogEntry entry, Instant now) {
    int attemptsIncludingThis = entry.getAttempts() + 1;
    if (attemptsIncludingThis >= MAX_ATTEMPTS) {
      return null;
    }
    return now.plus(FIRST_DELAY.multipliedBy(1L << (attemptsIncludingThis - 1))).truncatedTo(ChronoUnit.SECONDS);
  }

  @Scheduled(cron = "${intercluster.mail.retry-cron:" + MailSettings.DEFAULT_RETRY_CRON + "}")
  void scheduled() {
    retryDue(clocks.clock().instant());
  }

  /** Sends every failed mail that is due; returns how many were sent this time. */
  int retryDue(Instant now) {
    int sent = 0;
    for (long id : entries.findDueForRetry(now)) {
      NotificationLogEntry entry = entries.findById(id).orElse(null);
      if (entry == null || entries.claimRetry(id, entry.getNextAttemptAt()) != 1) {
        continue;
      }
      MailMessage mail = new MailMessage(entry.getRecipient(), entry.getSubject(), entry.getTextBody(),
          entry.getHtmlBody());
      Outcome outcome = delivery.deliver(mail);
      Instant end = clocks.clock().instant();
      if (NotificationLogEntry.FAILED.equals(outcome.status())) {
        entry.failed(mail.to(), mail.subject(), mail.text(), mail.html(), outcome.error(), end, nextAttempt(entry, end));
      } else {
        entry.finish(mail.to(), mail.subject(), outcome.status(), outcome.error(), end);
        sent++;
      }
      entries.save(entry);
    }
    if (sent > 0) {
      log.info("Sent {} mail(s) that had failed before", sent);
    }
    return sent;
  }
}
