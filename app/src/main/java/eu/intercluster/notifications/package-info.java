/**
 * Notifications: e-mail to participants when something happens to their registration, their meeting
 * requests and their agenda, and reminders (the agenda the day before the first matchmaking day, a
 * pending request about to expire). It listens to the domain events of the {@code events} and
 * {@code meetings} modules after their transactions commit, reads through
 * {@link eu.intercluster.events.EventDirectory} and {@link eu.intercluster.meetings.MeetingBook},
 * renders Thymeleaf templates ({@code templates/mail/}) in the participant's language and sends
 * them through SMTP (Spring Mail). Without an SMTP server the mail is written to the log instead;
 * every attempt is recorded in {@code notification_log}. Nothing here is public API: other modules
 * only publish events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package eu.intercluster.notifications;
