package eu.intercluster.agendas;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** A participant's published, scheduled meetings in time order, each with its partner. */
@Component
class Agendas {

  private final EventDirectory events;
  private final MeetingBook meetings;

  Agendas(EventDirectory events, MeetingBook meetings) {
    this.events = events;
    this.meetings = meetings;
  }

  List<AgendaLine> lines(ParticipantView participant) {
    EventView event = events.event(participant.eventId());
    return meetings.agenda(participant.id()).stream()
        .filter(m -> m.published() && !m.cancelled() && m.start() != null)
        .sorted(Comparator.comparing(MeetingView::start, Comparator.comparing(ZonedDateTime::toInstant))
            .thenComparing(MeetingView::id))
        .map(m -> AgendaLine.of(m, events.participant(m.partnerOf(participant.id())), event.zone()))
        .toList();
  }
}
