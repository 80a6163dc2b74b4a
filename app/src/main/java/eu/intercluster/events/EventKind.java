package eu.intercluster.events;

/** What an agency runs: a brokerage event, a mission abroad, or a forum with a B2B session. */
public enum EventKind {
  BROKERAGE_EVENT, MISSION, FORUM
}
