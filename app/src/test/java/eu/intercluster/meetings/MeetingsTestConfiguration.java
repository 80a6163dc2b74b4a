package eu.intercluster.meetings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** The test fixture (real events services) and a log of the events the meetings module publishes. */
@TestConfiguration(proxyBeanMethods = false)
class MeetingsTestConfiguration {

  @Bean
  Fixture meetingsFixture(eu.intercluster.accounts.UserAccounts accounts, eu.intercluster.events.EventSetup setup,
      eu.intercluster.events.Registrations registrations, eu.intercluster.events.EventDirectory directory) {
    return new Fixture(accounts, setup, registrations, directory);
  }

  @Bean
  PublishedEvents publishedEvents() {
    return new PublishedEvents();
  }

  /** Every event published by the meetings module, in order, from any thread. */
  static class PublishedEvents {

    final List<Object> all = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
      if (event.getClass().getPackageName().equals("eu.intercluster.meetings")) {
        all.add(event);
      }
    }

    <T> List<T> of(Class<T> type, long eventId) {
      return all.stream().filter(type::isInstance).map(type::cast)
          .filter(e -> eventIdOf(e) == eventId).toList();
    }

    private static long eventIdOf(Object e) {
      try {
        return (long) e.getClass().getMethod("eventId").invoke(e);
      } catch (ReflectiveOperationException ex) {
        return -1;
      }
    }
  }
}
