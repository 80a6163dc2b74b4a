package eu.intercluster.ecosystem;

/** What kind of activity: missions, forums, brokerage events, visits and the like. */
public enum ActivityKind {
  MISSION, FORUM, BROKERAGE_EVENT, WORKSHOP, SITE_VISIT, CONFERENCE, LAUNCH, MEETING, SEMINAR, FAIR, CEREMONY, PRESS_CONFERENCE, HEARING, OTHER
}
