package eu.intercluster.meetings;

import java.time.ZoneId;
import java.util.List;

/**
 * A participant's agenda: published meetings in time order, and accepted meetings still waiting
 * for the organiser's schedule.
 */
public record AgendaView(long eventId, String eventTitle, ZoneId zone, long participantId,
    String participantName, String calendarToken, List<AgendaEntry> meetings, List<AgendaEntry> toBeScheduled) {}
