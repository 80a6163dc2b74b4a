package eu.intercluster.meetings;

/** Meeting requests of an event by status, and meetings with a published slot. */
public record RequestCounts(long sent, long pending, long accepted, long declined, long expired,
    long cancelled, long scheduled) {}
