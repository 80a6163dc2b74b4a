package eu.intercluster.notifications;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The application's {@link Clock} when one bean is defined (tests define a fixed one), the system
 * clock in UTC otherwise. Looking it up instead of declaring a {@code Clock} bean here keeps this
 * module from clashing with another module that declares one.
 */
@Component
class Clocks {

  private final ObjectProvider<Clock> provided;

  Clocks(ObjectProvider<Clock> provided) {
    this.provided = provided;
  }

  Clock clock() {
    return provided.getIfUnique(Clock::systemUTC);
  }
}
