package eu.intercluster.notifications;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.notifications.MailDelivery.Outcome;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes one mail to one participant and sends it: looks the event and participant up, composes
 * the content in their language, renders, delivers and records the outcome. Never throws: a mail
 * that cannot be written or sent is logged and recorded as FAILED.
 */
@Component
class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  /** Writes the content of a mail for its recipient. */
  @FunctionalInterface
  interface Composer {
    MailContent compose(Recipient recipient);
  }

  private final EventDirectory events;
  private final MailRenderer renderer;
  private final MailDelivery delivery;
  private final NotificationLog notificationLog;
  private final MessageSource messages;
  private final MailSettings settings;

  Notifier(EventDirectory events, MailRenderer renderer, MailDelivery delivery, NotificationLog notificationLog,
      MessageSource messages, MailSettings settings) {
    this.events = events;
    this.renderer = renderer;
    this.delivery = delivery;
    this.notificationLog = notificationLog;
    this.messages = messages;
    this.settings = settings;
  }

  /** Sends a mail about a domain event to one participant of the event. */
  void send(NotificationKind kind, long eventId, long participantId, long referenceId, Composer composer) {
    EventView event;
    ParticipantView participant;
    try {
      event = events.event(eventId);
      participant = events.participant(participantId);
    } catch (RuntimeException e) {
      log.warn("No {} mail for participant {} of event {}: {}", kind, participantId, eventId, e.getMessage());
      return;
    }
    try {
      NotificationLogEntry entry = notificationLog.open(kind, eventId, participantId, referenceId);
      attempt(kind, entry, event, participant, composer);
    } catch (RuntimeException e) {
      log.warn("{} mail for participant {} of event {} not recorded: {}", kind, participantId, eventId, e.toString());
    }
  }

  /**
   * Sends a reminder unless it was already claimed for this participant, reference and day.
   *
   * @return true when this call claimed the reminder (and tried to send it)
   */
  boolean sendOnce(NotificationKind kind, EventView event, ParticipantView participant, long referenceId,
      LocalDate day, Composer composer) {
    Optional<NotificationLogEntry> claimed =
        notificationLog.claim(kind, event.id(), participant.id(), referenceId, day);
    claimed.ifPresent(entry -> attempt(kind, entry, event, participant, composer));
    return claimed.isPresent();
  }

  /** "Anna Rossi (Org)" for a participant of the event, or a neutral label if they cannot be found. */
  String nameOf(long participantId, Recipient recipient) {
    try {
      ParticipantView other = events.participant(participantId);
      String organisation = other.organisationName();
      return organisation == null || organisation.isBlank()
          ? other.fullName() : other.fullName() + " (" + organisation + ")";
    } catch (RuntimeException e) {
      return recipient.text("unknownParticipant");
    }
  }

  private void attempt(NotificationKind kind, NotificationLogEntry entry, EventView event,
      ParticipantView participant, Composer composer) {
    if (participant.email() == null || participant.email().isBlank()) {
      log.info("No {} mail for participant {} of event {}: no e-mail address", kind, participant.id(), event.id());
      notificationLog.finish(entry, null, null, NotificationLogEntry.SKIPPED, "no e-mail address");
      return;
    }
    MailMessage mail = null;
    try {
      Recipient recipient = new Recipient(event, participant, messages, settings);
      mail = renderer.render(recipient, composer.compose(recipient));
      Outcome outcome = delivery.deliver(mail);
      if (NotificationLogEntry.FAILED.equals(outcome.status())) {
        notificationLog.failed(entry, mail, outcome.error());
      } else {
        notificationLog.finish(entry, mail.to(), mail.subject(), outcome.status(), outcome.error());
      }
    } catch (RuntimeException e) {
      log.warn("{} mail for participant {} of event {} failed: {}", kind, participant.id(), event.id(), e.toString());
      notificationLog.finish(entry, participant.email(), mail == null ? null : mail.subject(),
          NotificationLogEntry.FAILED, e.toString());
    }
  }
}
