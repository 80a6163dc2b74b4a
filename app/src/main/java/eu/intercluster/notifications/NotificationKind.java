package eu.intercluster.notifications;

/** What a mail is about; stored in {@code notification_log.kind}. */
enum NotificationKind {
  REGISTRATION_RECEIVED,
  REGISTRATION_VALIDATED,
  REGISTRATION_REJECTED,
  REQUEST_RECEIVED,
  REQUEST_ACCEPTED,
  REQUEST_DECLINED,
  REQUEST_EXPIRED,
  MEETING_CANCELLED,
  SCHEDULE_PUBLISHED,
  SCHEDULE_CHANGED,
  /** The agenda, the day before the first matchmaking day. */
  AGENDA_REMINDER,
  /** A pending request expires within 24 hours. */
  REQUEST_REMINDER
}
