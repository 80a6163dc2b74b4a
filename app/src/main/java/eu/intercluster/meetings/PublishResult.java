package eu.intercluster.meetings;

import java.util.Set;

/** What a publication did: meetings placed and the participants told (moved, added, cancelled). */
public record PublishResult(long runId, int meetings, boolean firstPublication, Set<Long> affectedParticipants) {}
