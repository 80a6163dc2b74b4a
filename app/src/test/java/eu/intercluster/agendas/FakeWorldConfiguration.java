package eu.intercluster.agendas;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.meetings.MeetingBook;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts {@link FakeEventWorld} in place of the events and meetings modules' read APIs (primary beans,
 * so they win over the real ones once those exist). Each API is its own proxy, so neither bean also
 * answers for the other interface.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeWorldConfiguration {

  /** The one world of the test context; each test creates its own event in it. */
  public static final FakeEventWorld WORLD = new FakeEventWorld();

  @Bean
  @Primary
  EventDirectory fakeEventDirectory() {
    return delegate(EventDirectory.class);
  }

  @Bean
  @Primary
  MeetingBook fakeMeetingBook() {
    return delegate(MeetingBook.class);
  }

  private static <T> T delegate(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(WORLD, args);
      }
      try {
        return method.invoke(WORLD, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
