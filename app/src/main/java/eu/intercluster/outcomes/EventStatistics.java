package eu.intercluster.outcomes;

/** Statistics of an event. Does not check access: callers check that the user organises it. */
public interface EventStatistics {

  EventStats stats(long eventId);
}
