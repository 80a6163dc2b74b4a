package eu.intercluster.notifications;

import static org.mockito.Mockito.mock;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.meetings.MeetingBook;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Fakes of the events and meetings APIs, preferred over the real ones wherever the interface is
 * injected (this module only reads through the interfaces), while the other modules' own beans,
 * injected by their concrete types, stay in place. Tests stub them and reset them before each test.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeModules {

  @Bean
  @Primary
  EventDirectory fakeEventDirectory() {
    return mock(EventDirectory.class);
  }

  @Bean
  @Primary
  MeetingBook fakeMeetingBook() {
    return mock(MeetingBook.class);
  }
}
