package eu.intercluster.notifications;

import static eu.intercluster.notifications.NotificationKind.AGENDA_REMINDER;
import static eu.intercluster.notifications.NotificationKind.REQUEST_REMINDER;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.RequestStatus;
import eu.intercluster.meetings.RequestView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders, run every hour by default ({@code intercluster.mail.reminder-cron}): each validated
 * participant with published meetings gets their agenda on the day before the event's first
 * matchmaking day (in the event's zone), and the recipient of a pending request gets one reminder
 * when it expires within 24 hours. Each reminder is claimed in {@code notification_log} before it
 * is sent, so a restart or a second node never sends it twice.
 */
@Component
class ReminderJobs {

  static final Duration REQUEST_REMINDER_WINDOW = Duration.ofHours(24);

  private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final Notifier notifier;
  private final AgendaMails agendas;
  private final Clocks clocks;

  ReminderJobs(EventDirectory events, MeetingBook meetings, Notifier notifier, AgendaMails agendas, Clocks clocks) {
    this.events = events;
    this.meetings = meetings;
    this.notifier = notifier;
    this.agendas = agendas;
    this.clocks = clocks;
  }

  @Scheduled(cron = "${intercluster.mail.reminder-cron:" + MailSettings.DEFAULT_REMINDER_CRON + "}")
  void run() {
    Instant now = clocks.clock().instant();
    int agendaReminders = sendAgendaReminders(now);
    int requestReminders = sendRequestReminders(now);
    if (agendaReminders + requestReminders > 0) {
      log.info("Reminders: {} agenda(s), {} pending request(s)", agendaReminders, requestReminders);
    }
  }

  /** Sends the agendas due at {@code now}; returns how many this call claimed. */
  int sendAgendaReminders(Instant now) {
    int claimed = 0;
    for (EventView event : currentEvents(now)) {
      try {
        Optional<LocalDate> firstDay = firstMatchmakingDay(event);
        if (firstDay.isEmpty() || !now.atZone(event.zone()).toLocalDate().equals(firstDay.get().minusDays(1))) {
          continue;
        }
        for (ParticipantView participant : events.participants(event.id())) {
          if (participant.status() == ParticipantStatus.VALIDATED
              && !agendas.scheduled(participant.id()).isEmpty()
              && notifier.sendOnce(AGENDA_REMINDER, event, participant, 0, firstDay.get(),
                  r -> agendas.agendaMail(r, "agendaReminder"))) {
            claimed++;
          }
        }
      } catch (RuntimeException e) {
        log.warn("Agenda reminders of event {} failed: {}", event.id(), e.toString());
      }
    }
    return claimed;
  }

  /** Reminds recipients of pending requests expiring within 24 hours of {@code now}; returns how many. */
  int sendRequestReminders(Instant now) {
    int claimed = 0;
    for (EventView event : currentEvents(now)) {
      try {
        for (RequestView request : meetings.pendingRequests(event.id())) {
          if (dueForReminder(request, now) && remind(event, request)) {
            claimed++;
          }
        }
      } catch (RuntimeException e) {
        log.warn("Request reminders of event {} failed: {}", event.id(), e.toString());
      }
    }
    return claimed;
  }

  private boolean remind(EventView event, RequestView request) {
    ParticipantView recipient = events.participant(request.recipientId());
    LocalDate expiryDay = request.expiresAt().atZone(ZoneOffset.UTC).toLocalDate();
    return notifier.sendOnce(REQUEST_REMINDER, event, recipient, request.id(), expiryDay, r -> {
      String requester = notifier.nameOf(request.requesterId(), r);
      return MailContent.subject(r.text("requestReminder.subject", r.event().title(), requester))
          .paragraph(r.text("requestReminder.body", r.event().title(), requester,
              r.dayAndTime(request.expiresAt().atZone(r.event().zone()))))
          .paragraph(request.message() == null || request.message().isBlank()
              ? null : r.text("requested.message", request.message().strip()))
          .link(r.requestsPage())
          .build();
    });
  }

  static boolean dueForReminder(RequestView request, Instant now) {
    return request.status() == RequestStatus.PENDING && request.expiresAt() != null
        && request.expiresAt().isAfter(now) && !request.expiresAt().isAfter(now.plus(REQUEST_REMINDER_WINDOW));
  }

  /** Events not over yet (a day of margin for time zones). */
  private List<EventView> currentEvents(Instant now) {
    LocalDate yesterday = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    return events.events().stream()
        .filter(e -> e.endDate() == null || !e.endDate().isBefore(yesterday))
        .toList();
  }

  private Optional<LocalDate> firstMatchmakingDay(EventView event) {
    return events.slots(event.id()).stream()
        .map(SlotView::start)
        .min(Comparator.comparing(ZonedDateTime::toInstant))
        .map(start -> start.withZoneSameInstant(event.zone()).toLocalDate());
  }
}
