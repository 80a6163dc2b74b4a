package eu.intercluster.outcomes;

/** Whether a scheduled meeting took place, as marked by the organiser's staff at the venue. */
public enum Attendance {
  HELD, NO_SHOW
}
