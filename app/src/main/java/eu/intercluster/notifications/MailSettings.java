package eu.intercluster.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notifications module ({@code intercluster.mail.*}). The SMTP server itself is
 * Spring Boot's {@code spring.mail.*} (host, port, username, password, properties).
 *
 * @param enabled send through SMTP; when unset, mail is sent whenever {@code spring.mail.host} is
 *     set, and written to the log otherwise. {@code false} always logs instead of sending.
 * @param from the sender address, e.g. {@code Intercluster <events@agency.example>}
 * @param baseUrl the platform's public address, prefixed to every link in a mail
 * @param reminderCron when the reminder job runs (Spring cron; {@code -} turns it off)
 * @param retryCron when failed mails are tried again (Spring cron, every minute by default; {@code -}
 *     turns retries off)
 */
@ConfigurationProperties("intercluster.mail")
record MailSettings(Boolean enabled, String from, String baseUrl, String reminderCron, String retryCron) {

  static final String DEFAULT_FROM = "Intercluster <no-reply@intercluster.localhost>";
  static final String DEFAULT_BASE_URL = "http://localhost:8080";
  static final String DEFAULT_REMINDER_CRON = "0 5 * * * *";
  static final String DEFAULT_RETRY_CRON = "0 * * * * *";

  MailSettings {
    from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    reminderCron = reminderCron == null || reminderCron.isBlank() ? DEFAULT_REMINDER_CRON : reminderCron;
    retryCron = retryCron == null || retryCron.isBlank() ? DEFAULT_RETRY_CRON : retryCron;
  }

  /** An absolute link to a path of the platform. */
  String link(String path) {
    return baseUrl + path;
  }
}
