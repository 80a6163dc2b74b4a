package eu.intercluster.outcomes;

/** What happened since a meeting, asked some months after the event. */
public enum FollowUpStatus {
  NO_CONTACT, IN_CONTACT, PROJECT_PROPOSAL, AGREEMENT_SIGNED, OTHER
}
