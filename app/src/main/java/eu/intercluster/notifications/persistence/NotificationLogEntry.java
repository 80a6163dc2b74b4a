package eu.intercluster.notifications.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One e-mail of the notifications module: to whom, about what, and whether it went out. Reminders
 * carry a {@code day} so that the unique key stops them from being sent twice.
 */
@Entity(name = "NotificationLogEntry")
@Table(name = "notification_log")
public class NotificationLogEntry {

  /** Claimed by a reminder job, not sent yet. */
  public static final String CLAIMED = "CLAIMED";
  /** Handed to the SMTP server. */
  public static final String SENT = "SENT";
  /** Written to the application log because no SMTP server is configured or mail is disabled. */
  public static final String LOGGED = "LOGGED";
  /** The SMTP server refused it or could not be reached. */
  public static final String FAILED = "FAILED";
  /** A failed mail being sent again by the retry job. */
  public static final String RETRYING = "RETRYING";
  /** Nobody to send it to (no e-mail address). */
  public static final String SKIPPED = "SKIPPED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "participant_id", nullable = false)
  private long participantId;

  @Column(name = "reference_id", nullable = false)
  private long referenceId;

  @Column(name = "due_day")
  private LocalDate day;

  @Column(length = 320)
  private String recipient;

  @Column(length = 500)
  private String subject;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(length = 1000)
  private String error;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "text_body", length = 100000)
  private String textBody;

  @Column(name = "html_body", length = 200000)
  private String htmlBody;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  protected NotificationLogEntry() {}

  public NotificationLogEntry(String kind, long eventId, long participantId, long referenceId, LocalDate day,
      Instant now) {
    this.kind = kind;
    this.eventId = eventId;
    this.participantId = participantId;
    this.referenceId = referenceId;
    this.day = day;
    this.status = CLAIMED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Records how the attempt ended; the error is cut to the column's length. Nothing is kept to retry. */
  public void finish(String recipient, String subject, String status, String error, Instant now) {
    this.recipient = cut(recipient, 320);
    this.subject = cut(subject, 500);
    this.status = status;
    this.error = cut(error, 1000);
    this.updatedAt = now;
    this.attempts++;
    this.textBody = null;
    this.htmlBody = null;
    this.nextAttemptAt = null;
  }

  /**
   * Records a failed delivery of a rendered mail and keeps the mail to try again at {@code next}
   * (null: no further attempt).
   */
  public void failed(String recipient, String subject, String textBody, String htmlBody, String error, Instant now,
      Instant next) {
    finish(recipient, subject, FAILED, error, now);
    boolean fits = textBody != null && textBody.length() <= 100000 && (htmlBody == null || htmlBody.length() <= 200000);
    if (next != null && fits) {
      this.textBody = textBody;
      this.htmlBody = htmlBody;
      this.nextAttemptAt = next;
    }
  }

  private static String cut(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public long getEventId() {
    return eventId;
  }

  public long getParticipantId() {
    return participantId;
  }

  public long getReferenceId() {
    return referenceId;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getStatus() {
    return status;
  }

  public String getError() {
    return error;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getHtmlBody() {
    return htmlBody;
  }
}
