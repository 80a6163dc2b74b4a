package eu.intercluster.notifications;

import static eu.intercluster.notifications.NotificationKind.REQUEST_ACCEPTED;
import static eu.intercluster.notifications.NotificationKind.REQUEST_DECLINED;
import static eu.intercluster.notifications.NotificationKind.REQUEST_EXPIRED;
import static eu.intercluster.notifications.NotificationKind.REQUEST_RECEIVED;

import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingRequested;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.meetings.RequestAccepted;
import eu.intercluster.meetings.RequestDeclined;
import eu.intercluster.meetings.RequestExpired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mails about meeting requests: received, accepted (with the booked time), declined, expired. */
@Component
class RequestMails {

  private static final Logger log = LoggerFactory.getLogger(RequestMails.class);

  private final Notifier notifier;
  private final MeetingBook meetings;

  RequestMails(Notifier notifier, MeetingBook meetings) {
    this.notifier = notifier;
    this.meetings = meetings;
  }

  @AfterCommitListener
  void on(MeetingRequested requested) {
    notifier.send(REQUEST_RECEIVED, requested.eventId(), requested.recipientId(), requested.requestId(), r -> {
      String requester = notifier.nameOf(requested.requesterId(), r);
      return MailContent.subject(r.text("requested.subject", r.event().title(), requester))
          .paragraph(r.text("requested.body", r.event().title(), requester))
          .paragraph(requested.message() == null || requested.message().isBlank()
              ? null : r.text("requested.message", requested.message().strip()))
          .paragraph(r.text("requested.answer"))
          .link(r.requestsPage())
          .build();
    });
  }

  @AfterCommitListener
  void on(RequestAccepted accepted) {
    MeetingView meeting = bookedMeeting(accepted.meetingId());
    notifier.send(REQUEST_ACCEPTED, accepted.eventId(), accepted.requesterId(), accepted.requestId(), r -> {
      String partner = notifier.nameOf(accepted.recipientId(), r);
      MailContent.Builder mail = MailContent.subject(r.text("accepted.subject", r.event().title(), partner))
          .paragraph(r.text("accepted.body", r.event().title(), partner));
      if (meeting == null) {
        mail.paragraph(r.text("accepted.toBeScheduled")).link(r.requestsPage());
      } else {
        mail.paragraph(meeting.table() == null
                ? r.text("accepted.bookedNoTable", r.dayAndTime(meeting.start()))
                : r.text("accepted.booked", r.dayAndTime(meeting.start()), String.valueOf(meeting.table())))
            .link(r.agendaPage());
        if (r.calendarFeed() != null) {
          mail.link(r.calendarFeed());
        }
      }
      return mail.build();
    });
  }

  @AfterCommitListener
  void on(RequestDeclined declined) {
    notifier.send(REQUEST_DECLINED, declined.eventId(), declined.requesterId(), declined.requestId(), r -> {
      String recipient = notifier.nameOf(declined.recipientId(), r);
      return MailContent.subject(r.text("declined.subject", r.event().title(), recipient))
          .paragraph(r.text("declined.body", r.event().title(), recipient))
          .link(r.requestsPage())
          .build();
    });
  }

  @AfterCommitListener
  void on(RequestExpired expired) {
    notifier.send(REQUEST_EXPIRED, expired.eventId(), expired.requesterId(), expired.requestId(), r -> {
      String recipient = notifier.nameOf(expired.recipientId(), r);
      return MailContent.subject(r.text("expired.subject", r.event().title(), recipient))
          .paragraph(r.text("expired.bodyRequester", r.event().title(), recipient))
          .link(r.requestsPage())
          .build();
    });
    notifier.send(REQUEST_EXPIRED, expired.eventId(), expired.recipientId(), expired.requestId(), r -> {
      String requester = notifier.nameOf(expired.requesterId(), r);
      return MailContent.subject(r.text("expired.subject", r.event().title(), requester))
          .paragraph(r.text("expired.bodyRecipient", r.event().title(), requester))
          .link(r.requestsPage())
          .build();
    });
  }

  /** The meeting with its published time, or null while it waits for the organiser's schedule. */
  private MeetingView bookedMeeting(long meetingId) {
    try {
      MeetingView meeting = meetings.meeting(meetingId);
      return meeting.published() && !meeting.cancelled() && meeting.start() != null ? meeting : null;
    } catch (RuntimeException e) {
      log.warn("Meeting {} of an accepted request not found: {}", meetingId, e.getMessage());
      return null;
    }
  }
}
