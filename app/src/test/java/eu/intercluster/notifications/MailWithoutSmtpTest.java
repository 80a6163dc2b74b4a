package eu.intercluster.notifications;

import static eu.intercluster.notifications.MailFixtures.ANNA;
import static eu.intercluster.notifications.MailFixtures.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.when;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingRequested;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import eu.intercluster.notifications.persistence.NotificationLogRepository;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.mockito.Mockito;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded demo has no SMTP server: {@code spring.mail.host} is empty (as
 * {@code ${INTERCLUSTER_SMTP_HOST:}} resolves when the variable is unset). Mails are written to
 * the log and recorded, nothing fails.
 */
@Import(FakeModules.class)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:notifications-nosmtp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.mail.reminder-cron=-",
    "spring.mail.host="})
@ExtendWith(OutputCaptureExtension.class)
class MailWithoutSmtpTest {

  @Autowired EventDirectory events;
  @Autowired MeetingBook meetings;

  @BeforeEach
  void resetFakes() {
    Mockito.reset(events, meetings);
  }
  @Autowired ApplicationEventPublisher publisher;
  @Autowired PlatformTransactionManager transactions;
  @Autowired NotificationLogRepository notificationLog;
  @Autowired ReminderJobs jobs;

  @Test
  void aMailIsLoggedAtInfoAndRecordedInsteadOfSent(CapturedOutput output) {
    long eventId = 71;
    MailFixtures.stub(events, MailFixtures.event(eventId), MailFixtures.anna(eventId), MailFixtures.marco(eventId));
    new TransactionTemplate(transactions).executeWithoutResult(
        status -> publisher.publishEvent(new MeetingRequested(eventId, 9001, MailFixtures.MARCO, ANNA, "Ciao")));

    await().atMost(Duration.ofSeconds(20)).until(() -> notificationLog.findByEventIdOrderByIdAsc(eventId).stream()
        .anyMatch(e -> e.getStatus().equals(NotificationLogEntry.LOGGED)));
    assertThat(notificationLog.findByEventIdOrderByIdAsc(eventId)).singleElement().satisfies(entry -> {
      assertThat(entry.getRecipient()).isEqualTo("anna@alpha.example");
      assertThat(entry.getSubject()).isEqualTo(TITLE + ": meeting request from Marco Bianchi (Beta SpA)");
    });
    assertThat(output.getOut()).contains("INFO").contains("Mail not sent (no SMTP server configured): "
        + "to=anna@alpha.example subject=\"" + TITLE + ": meeting request from Marco Bianchi (Beta SpA)\"");
  }

  @Test
  void remindersAreLoggedAndStillClaimedOnce() {
    long eventId = 72;
    EventView event = MailFixtures.event(eventId);
    MailFixtures.stub(events, event, MailFixtures.anna(eventId));
    when(events.events()).thenReturn(List.of(event));
    when(events.slots(eventId)).thenReturn(List.of(MailFixtures.firstSlot()));
    when(meetings.agenda(ANNA)).thenReturn(List.of(MailFixtures.meetingAt1030(95, eventId)));
    java.time.Instant dayBefore = MailFixtures.firstSlot().start().minusDays(1).toInstant();

    assertThat(jobs.sendAgendaReminders(dayBefore)).isEqualTo(1);
    assertThat(jobs.sendAgendaReminders(dayBefore.plusSeconds(3600))).isZero();
    assertThat(notificationLog.findByEventIdOrderByIdAsc(eventId)).singleElement()
        .satisfies(entry -> assertThat(entry.getStatus()).isEqualTo(NotificationLogEntry.LOGGED));
  }

  @Test
  void bootCreatesASenderEvenForAnEmptyHostWhichTheModuleIgnores(@Autowired ApplicationContext context) {
    // Spring Boot still creates a sender for an empty host; the module must not use it.
    assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNotNull();
  }
}
