package eu.intercluster.events;

/** Who gives accepted meetings their slot and table. */
public enum SchedulingMode {
  /** The accepting participant's acceptance books the first mutual free slot and a free table. */
  SELF_SCHEDULING,
  /** Accepted meetings wait for the organiser to run the scheduler, review and publish. */
  ORGANISER
}
