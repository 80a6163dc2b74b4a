package eu.intercluster.meetings;

import java.time.ZonedDateTime;

/** One meeting in an agenda, with local times in the event's zone and the partner's contact. */
public record AgendaEntry(MeetingView meeting, ZonedDateTime start, ZonedDateTime end, PartnerView partner) {}
