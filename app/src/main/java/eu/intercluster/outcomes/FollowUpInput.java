package eu.intercluster.outcomes;

/** What happened since a meeting (required) and a comment. */
public record FollowUpInput(FollowUpStatus status, String comment) {}
