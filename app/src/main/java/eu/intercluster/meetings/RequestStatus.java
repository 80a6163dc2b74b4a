package eu.intercluster.meetings;

/** Where a meeting request stands. */
public enum RequestStatus {
  PENDING, ACCEPTED, DECLINED, EXPIRED, CANCELLED
}
