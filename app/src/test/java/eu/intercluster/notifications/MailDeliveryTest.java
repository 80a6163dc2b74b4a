package eu.intercluster.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.notifications.persistence.NotificationLogEntry;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Settings and language rules, without a Spring context. */
class MailDeliveryTest {

  private static final MailMessage MAIL = new MailMessage("anna@alpha.example", "Subject", "text", "<p>html</p>");

  private static ObjectProvider<JavaMailSender> providing(JavaMailSender sender) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mailSender", sender);
    return beans.getBeanProvider(JavaMailSender.class);
  }

  @Test
  void disabledMailIsLoggedEvenWithAServer() {
    JavaMailSender sender = mock(JavaMailSender.class);
    MailDelivery delivery = new MailDelivery(providing(sender), new MailSettings(false, null, null, null, null));

    assertThat(delivery.deliver(MAIL).status()).isEqualTo(NotificationLogEntry.LOGGED);
    verify(sender, never()).send(any(MimeMessage.class));
  }

  @Test
  void noSenderBeanMeansLogged() {
    MailDelivery delivery = new MailDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        new MailSettings(null, null, null, null, null));

    assertThat(delivery.deliver(MAIL).status()).isEqualTo(NotificationLogEntry.LOGGED);
  }

  @Test
  void settingsDefaultsAndTrailingSlash() {
    MailSettings defaults = new MailSettings(null, " ", null, null, null);
    assertThat(defaults.from()).isEqualTo(MailSettings.DEFAULT_FROM);
    assertThat(defaults.link("/events/1")).isEqualTo("http://localhost:8080/events/1");
    assertThat(defaults.reminderCron()).isEqualTo("0 5 * * * *");
    assertThat(new MailSettings(true, null, "https://b2b.example.org//", null, null).link("/events/1"))
        .isEqualTo("https://b2b.example.org/events/1");
  }

  @Test
  void italianOnlyForParticipantsWhoseFirstLanguageIsItalian() {
    assertThat(Recipient.localeOf(withLanguages(List.of("it", "en")))).isEqualTo(Locale.ITALIAN);
    assertThat(Recipient.localeOf(withLanguages(List.of("IT")))).isEqualTo(Locale.ITALIAN);
    assertThat(Recipient.localeOf(withLanguages(List.of("en", "it")))).isEqualTo(Locale.ENGLISH);
    assertThat(Recipient.localeOf(withLanguages(List.of("es")))).isEqualTo(Locale.ENGLISH);
    assertThat(Recipient.localeOf(withLanguages(List.of()))).isEqualTo(Locale.ENGLISH);
  }

  private static eu.intercluster.events.ParticipantView withLanguages(List<String> languages) {
    return MailFixtures.participant(1, 1, "u", "U", "u@example.org", "Org", languages,
        ParticipantStatus.VALIDATED, "t");
  }
}
