package eu.intercluster.notifications;

import static eu.intercluster.notifications.NotificationKind.REGISTRATION_RECEIVED;
import static eu.intercluster.notifications.NotificationKind.REGISTRATION_REJECTED;
import static eu.intercluster.notifications.NotificationKind.REGISTRATION_VALIDATED;

import eu.intercluster.events.ParticipantRegistered;
import eu.intercluster.events.ParticipantRejected;
import eu.intercluster.events.ParticipantValidated;
import org.springframework.stereotype.Component;

/** Mails about a registration: received, validated, rejected (with the organiser's reason). */
@Component
class ParticipantMails {

  private final Notifier notifier;

  ParticipantMails(Notifier notifier) {
    this.notifier = notifier;
  }

  @AfterCommitListener
  void on(ParticipantRegistered registered) {
    notifier.send(REGISTRATION_RECEIVED, registered.eventId(), registered.participantId(), 0,
        r -> MailContent.subject(r.text("registered.subject", r.event().title()))
            .paragraph(r.text("registered.body", r.event().title()))
            .link(r.eventPage())
            .build());
  }

  @AfterCommitListener
  void on(ParticipantValidated validated) {
    notifier.send(REGISTRATION_VALIDATED, validated.eventId(), validated.participantId(), 0,
        r -> MailContent.subject(r.text("validated.subject", r.event().title()))
            .paragraph(r.text("validated.body", r.event().title()))
            .link(r.eventPage())
            .link(r.requestsPage())
            .build());
  }

  @AfterCommitListener
  void on(ParticipantRejected rejected) {
    notifier.send(REGISTRATION_REJECTED, rejected.eventId(), rejected.participantId(), 0,
        r -> MailContent.subject(r.text("rejected.subject", r.event().title()))
            .paragraph(r.text("rejected.body", r.event().title()))
            .paragraph(rejected.reason() == null || rejected.reason().isBlank()
                ? null : r.text("rejected.reason", rejected.reason().strip()))
            .link(r.eventPage())
            .build());
  }
}
