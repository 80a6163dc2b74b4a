package eu.intercluster.notifications;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.intercluster.events.EventDirectory;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import eu.intercluster.notifications.persistence.NotificationLogRepository;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.mockito.Mockito;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application on an in-memory H2 with a GreenMail SMTP server on a free port, fakes of the
 * events and meetings APIs, and helpers to publish domain events in a committed transaction and
 * to wait for the mails they cause. One context shared by the mail tests.
 */
@Import(FakeModules.class)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:notifications-mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.mail.reminder-cron=-",
    "intercluster.mail.retry-cron=-",
    "intercluster.mail.base-url=" + MailFixtures.BASE_URL + "/",
    "intercluster.mail.from=Intercluster B2B <b2b@agency.example>",
    "spring.mail.host=127.0.0.1"})
abstract class GreenMailSupport {

  static final int SMTP_PORT = MailFixtures.freePort();

  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
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

  @BeforeEach
  void emptyMailbox() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  /** Publishes a domain event in a transaction that commits, as the other modules do. */
  void publish(Object event) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> publisher.publishEvent(event));
  }

  /** Waits for exactly {@code count} mails (and checks that no more follow), in arrival order. */
  List<ReceivedMail> awaitMails(int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length >= count);
    await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
        .until(() -> greenMail.getReceivedMessages().length == count);
    return received();
  }

  List<ReceivedMail> received() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedMail::of).toList();
  }

  /** The one mail to the address among those received. */
  static ReceivedMail to(List<ReceivedMail> mails, String address) {
    List<ReceivedMail> found = mails.stream().filter(m -> m.to().contains(address)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " mails to " + address + " in " + mails);
    }
    return found.get(0);
  }

  /** Waits until the log holds {@code count} finished entries of the event, and returns them. */
  List<NotificationLogEntry> awaitLog(long eventId, int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> notificationLog.findByEventIdOrderByIdAsc(eventId).stream()
        .filter(e -> !e.getStatus().equals(NotificationLogEntry.CLAIMED)).count() >= count);
    return notificationLog.findByEventIdOrderByIdAsc(eventId);
  }
}
