package eu.intercluster.meetings;

import java.util.List;

/**
 * A participant's requests at one event.
 *
 * @param quota the most requests the participant may send (0 = no limit)
 * @param sent requests sent so far that count against the quota
 */
public record ParticipantRequests(long participantId, List<RequestItem> incoming, List<RequestItem> outgoing,
    int quota, long sent) {}
