package eu.intercluster.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mails are sent after commit on the application's task executor ({@code @Async}) and reminders
 * by a scheduled job; both switches are idempotent if another module turns them on too.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotificationsConfiguration {}
