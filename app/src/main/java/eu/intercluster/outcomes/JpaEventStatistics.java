package eu.intercluster.outcomes;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingBook;
import eu.intercluster.meetings.MeetingView;
import eu.intercluster.outcomes.persistence.CheckInRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaEventStatistics implements EventStatistics {

  static final String UNKNOWN = "—";

  private final EventDirectory events;
  private final MeetingBook meetings;
  private final MeetingOutcomes outcomes;
  private final CheckInRepository checkIns;

  JpaEventStatistics(EventDirectory events, MeetingBook meetings, MeetingOutcomes outcomes,
      CheckInRepository checkIns) {
    this.events = events;
    this.meetings = meetings;
    this.outcomes = outcomes;
    this.checkIns = checkIns;
  }

  @Override
  public EventStats stats(long eventId) {
    EventView event = events.event(eventId);
    List<ParticipantView> participants = events.participants(eventId);
    List<MeetingView> booked = meetings.meetings(eventId).stream().filter(m -> !m.cancelled()).toList();
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (ParticipantStatus status : ParticipantStatus.values()) {
      byStatus.put(status.name(), participants.stream().filter(p -> p.status() == status).count());
    }
    return new EventStats(eventId, event.title(), participants.size(),
        largestFirst(participants, ParticipantView::country), largestFirst(participants, ParticipantView::organisationKind),
        byStatus, checkIns.findByEventId(eventId).size(), meetings.requestCounts(eventId), booked.size(),
        booked.stream().filter(m -> m.slot() != null).count(), outcomes.counts(eventId));
  }

  private static Map<String, Long> largestFirst(List<ParticipantView> participants,
      Function<ParticipantView, String> key) {
    Map<String, Long> counts = participants.stream().collect(Collectors.groupingBy(
        p -> key.apply(p) == null || key.apply(p).isBlank() ? UNKNOWN : key.apply(p), Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
