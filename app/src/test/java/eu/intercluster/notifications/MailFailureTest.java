package eu.intercluster.notifications;

import static eu.intercluster.notifications.MailFixtures.ANNA;
import static eu.intercluster.notifications.MailFixtures.MARCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.when;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.RequestDeclined;
import eu.intercluster.meetings.RequestStatus;
import eu.intercluster.meetings.RequestView;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import eu.intercluster.notifications.persistence.NotificationLogRepository;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An SMTP server that cannot be reached: the change that caused the mail still commits, the failure is recorded. */
@Import(FakeModules.class)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:notifications-failure;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.mail.reminder-cron=-",
    "intercluster.mail.retry-cron=-",
    "spring.mail.host=127.0.0.1",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000"})
@ExtendWith(OutputCaptureExtension.class)
class MailFailureTest {

  @DynamicPropertySource
  static void deadSmtp(DynamicPropertyRegistry registry) {
    int nobodyListens = MailFixtures.freePort();
    registry.add("spring.mail.port", () -> nobodyListens);
  }

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
  @Autowired MailRetries retries;

  @Test
  void aSendingFailureIsRecordedAndNeverReachesThePublisher(CapturedOutput output) {
    long eventId = 81;
    MailFixtures.stub(events, MailFixtures.event(eventId), MailFixtures.anna(eventId), MailFixtures.marco(eventId));

    Boolean committed = new TransactionTemplate(transactions).execute(status -> {
      publisher.publishEvent(new RequestDeclined(eventId, 9101, ANNA, MARCO));
      return !status.isRollbackOnly();
    });

    assertThat(committed).isTrue();
    await().atMost(Duration.ofSeconds(20)).until(() -> notificationLog.findByEventIdOrderByIdAsc(eventId).stream()
        .anyMatch(e -> e.getStatus().equals(NotificationLogEntry.FAILED)));
    assertThat(notificationLog.findByEventIdOrderByIdAsc(eventId)).singleElement().satisfies(entry -> {
      assertThat(entry.getKind()).isEqualTo("REQUEST_DECLINED");
      assertThat(entry.getRecipient()).isEqualTo("anna@alpha.example");
      assertThat(entry.getError()).isNotBlank();
      assertThat(entry.getAttempts()).isEqualTo(1);
      assertThat(entry.getNextAttemptAt()).as("kept to be sent again").isAfter(entry.getCreatedAt());
      assertThat(entry.getTextBody()).contains("Anna");
    });
    await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("Mail could not be sent: to=anna@alpha.example"));
  }

  @Test
  void aMailThatKeepsFailingIsTriedFiveTimesInAllAndThenLeftFailed() {
    long eventId = 83;
    MailFixtures.stub(events, MailFixtures.event(eventId), MailFixtures.anna(eventId), MailFixtures.marco(eventId));
    new TransactionTemplate(transactions).executeWithoutResult(
        status -> publisher.publishEvent(new RequestDeclined(eventId, 9301, ANNA, MARCO)));
    await().atMost(Duration.ofSeconds(20)).until(() -> notificationLog.findByEventIdOrderByIdAsc(eventId).stream()
        .anyMatch(e -> e.getStatus().equals(NotificationLogEntry.FAILED)));
    Instant later = Instant.now().plus(Duration.ofDays(1));
    for (int retry = 1; retry <= 5; retry++) {
      assertThat(retries.retryDue(later)).isZero();
    }
    assertThat(notificationLog.findByEventIdOrderByIdAsc(eventId)).singleElement().satisfies(entry -> {
      assertThat(entry.getStatus()).isEqualTo(NotificationLogEntry.FAILED);
      assertThat(entry.getAttempts()).isEqualTo(MailRetries.MAX_ATTEMPTS);
      assertThat(entry.getNextAttemptAt()).isNull();
      assertThat(entry.getTextBody()).isNull();
    });
  }

  @Test
  void aFailingReminderIsRecordedAndTheJobCarriesOn() {
    long eventId = 82;
    EventView event = MailFixtures.event(eventId);
    MailFixtures.stub(events, event, MailFixtures.anna(eventId), MailFixtures.marco(eventId));
    when(events.events()).thenReturn(List.of(event));
    Instant now = Instant.parse("2031-05-10T10:00:00Z");
    when(meetings.pendingRequests(eventId)).thenReturn(List.of(
        new RequestView(9201, eventId, MARCO, ANNA, "", RequestStatus.PENDING, now.minusSeconds(7200),
            now.plus(Duration.ofHours(5)), null),
        new RequestView(9202, eventId, ANNA, MARCO, "", RequestStatus.PENDING, now.minusSeconds(7200),
            now.plus(Duration.ofHours(6)), null)));

    assertThatCode(() -> assertThat(jobs.sendRequestReminders(now)).isEqualTo(2)).doesNotThrowAnyException();
    assertThat(notificationLog.findByEventIdOrderByIdAsc(eventId))
        .extracting(NotificationLogEntry::getStatus)
        .containsExactly(NotificationLogEntry.FAILED, NotificationLogEntry.FAILED);
  }
}
