package eu.intercluster.notifications;

import eu.intercluster.notifications.persistence.NotificationLogEntry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Hands a mail to the SMTP server, or writes its summary to the log when there is none (the
 * embedded demo): a missing or failing server never breaks anything, it only shows in the outcome.
 */
@Component
class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final ObjectProvider<JavaMailSender> senders;
  private final MailSettings settings;

  MailDelivery(ObjectProvider<JavaMailSender> senders, MailSettings settings) {
    this.senders = senders;
    this.settings = settings;
  }

  /** How a delivery ended: one of the {@link NotificationLogEntry} statuses, and the error if any. */
  record Outcome(String status, String error) {}

  Outcome deliver(MailMessage mail) {
    JavaMailSender sender = activeSender();
    if (sender == null) {
      log.info("Mail not sent ({}): {}", Boolean.FALSE.equals(settings.enabled())
          ? "intercluster.mail.enabled=false" : "no SMTP server configured", mail.summary());
      return new Outcome(NotificationLogEntry.LOGGED, null);
    }
    try {
      MimeMessage mime = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      sender.send(mime);
      log.debug("Mail sent: {}", mail.summary());
      return new Outcome(NotificationLogEntry.SENT, null);
    } catch (MailException | MessagingException e) {
      log.warn("Mail could not be sent: {}: {}", mail.summary(), e.getMessage());
      return new Outcome(NotificationLogEntry.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The SMTP sender, or null when mail is disabled or no host is configured. */
  private JavaMailSender activeSender() {
    if (Boolean.FALSE.equals(settings.enabled())) {
      return null;
    }
    JavaMailSender sender = senders.getIfAvailable();
    if (sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
      return null; // spring.mail.host set to an empty value, e.g. ${INTERCLUSTER_SMTP_HOST:}
    }
    return sender;
  }
}
