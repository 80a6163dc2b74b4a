package eu.intercluster.events;

/** Where a registration stands; only VALIDATED participants can request and hold meetings. */
public enum ParticipantStatus {
  PENDING, VALIDATED, REJECTED, WITHDRAWN
}
