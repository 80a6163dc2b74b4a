package eu.intercluster.notifications;

import eu.intercluster.notifications.persistence.NotificationLogEntry;
import eu.intercluster.notifications.persistence.NotificationLogRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** The record of every mail attempt, and the claim that keeps a reminder from going out twice. */
@Component
class NotificationLog {

  private final NotificationLogRepository entries;
  private final Clocks clocks;

  NotificationLog(NotificationLogRepository entries, Clocks clocks) {
    this.entries = entries;
    this.clocks = clocks;
  }

  /** Opens the entry of a mail sent on a domain event (no day: never deduplicated). */
  NotificationLogEntry open(NotificationKind kind, long eventId, long participantId, long referenceId) {
    return entries.save(new NotificationLogEntry(kind.name(), eventId, participantId, referenceId, null, now()));
  }

  /**
   * Claims a reminder for one participant and day, or finds that it was already claimed (by this
   * node earlier, or by another node). Must be called outside a transaction: the claim commits on
   * its own, so a second claimant sees it.
   */
  Optional<NotificationLogEntry> claim(NotificationKind kind, long eventId, long participantId, long referenceId,
      LocalDate day) {
    try {
      return Optional.of(entries.saveAndFlush(
          new NotificationLogEntry(kind.name(), eventId, participantId, referenceId, day, now())));
    } catch (DataIntegrityViolationException alreadyClaimed) {
      return Optional.empty();
    }
  }

  void finish(NotificationLogEntry entry, String recipient, String subject, String status, String error) {
    entry.finish(recipient, subject, status, error, now());
    entries.save(entry);
  }

  /**
   * Records the failed delivery of a rendered mail; it is kept to be sent again by {@link MailRetries}
   * unless this was the last attempt.
   */
  void failed(NotificationLogEntry entry, MailMessage mail, String error) {
    Instant now = now();
    entry.failed(mail.to(), mail.subject(), mail.text(), mail.html(), error, now, MailRetries.nextAttempt(entry, now));
    entries.save(entry);
  }

  private Instant now() {
    return clocks.clock().instant();
  }
}
