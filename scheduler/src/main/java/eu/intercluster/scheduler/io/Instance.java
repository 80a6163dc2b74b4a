package eu.intercluster.scheduler.io;

import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Problem;
import java.util.List;

/** A problem as read from a file, with the published schedule it may carry (empty if none). */
public record Instance(Problem problem, List<Assignment> published) {

  public Instance {
    published = List.copyOf(published);
  }
}
