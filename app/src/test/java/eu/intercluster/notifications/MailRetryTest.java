package eu.intercluster.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.notifications.persistence.NotificationLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mail that failed is sent again once its next attempt is due, and only once. */
class MailRetryTest extends GreenMailSupport {

  @Autowired MailRetries retries;

  @Test
  void aFailedMailIsSentAgainWhenDueAndOnlyOnce() {
    Instant failedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    NotificationLogEntry entry = new NotificationLogEntry("REQUEST_DECLINED", 61, 1, 77, null, failedAt);
    entry.failed("anna@alpha.example", "Retry me", "Dear Anna, the text part", "<p>Dear Anna, the HTML part</p>",
        "MailSendException: connection refused", failedAt, MailRetries.nextAttempt(entry, failedAt));
    long id = notificationLog.save(entry).getId();

    assertThat(retries.retryDue(failedAt.plusSeconds(30))).as("not due before a minute").isZero();
    assertThat(received()).isEmpty();

    assertThat(retries.retryDue(failedAt.plus(Duration.ofMinutes(1)))).isEqualTo(1);
    ReceivedMail mail = awaitMails(1).get(0);
    assertThat(mail.to()).containsExactly("anna@alpha.example");
    assertThat(mail.subject()).isEqualTo("Retry me");
    assertThat(mail.text()).contains("the text part");
    assertThat(mail.html()).contains("the HTML part");
    NotificationLogEntry sent = notificationLog.findById(id).orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(NotificationLogEntry.SENT);
    assertThat(sent.getAttempts()).isEqualTo(2);
    assertThat(sent.getNextAttemptAt()).isNull();
    assertThat(sent.getTextBody()).as("a sent mail's body is not kept").isNull();

    assertThat(retries.retryDue(failedAt.plus(Duration.ofDays(1)))).isZero();
    assertThat(received()).hasSize(1);
  }

  @Test
  void theDelayDoublesAfterEachFailedAttempt() {
    Instant now = Instant.parse("2030-01-01T10:00:00Z");
    NotificationLogEntry entry = new NotificationLogEntry("REQUEST_DECLINED", 62, 1, 78, null, now);
    StringBuilder delays = new StringBuilder();
    for (int attempt = 1; attempt <= MailRetries.MAX_ATTEMPTS; attempt++) {
      Instant next = MailRetries.nextAttempt(entry, now);
      delays.append(next == null ? "none" : Duration.between(now, next).toMinutes()).append(' ');
      entry.failed("a@b.example", "s", "t", null, "e", now, next);
    }
    assertThat(delays.toString().strip()).isEqualTo("1 2 4 8 none");
  }
}
