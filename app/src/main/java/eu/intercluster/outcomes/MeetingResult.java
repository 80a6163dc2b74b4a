package eu.intercluster.outcomes;

/** What a participant says came out of a meeting. */
public enum MeetingResult {
  NO_INTEREST, COOPERATION_POSSIBLE, FOLLOW_UP_PLANNED, AGREEMENT_REACHED
}
