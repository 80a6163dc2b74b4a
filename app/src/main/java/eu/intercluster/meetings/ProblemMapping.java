package eu.intercluster.meetings;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantStatus;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingSeatRecord;
import eu.intercluster.scheduler.model.Assignment;
import eu.intercluster.scheduler.model.Meeting;
import eu.intercluster.scheduler.model.Participant;
import eu.intercluster.scheduler.model.Problem;
import eu.intercluster.scheduler.model.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An event as the scheduler's {@link Problem}: participants are the validated participants with
 * meetings (1-based in id order), their forbidden slots those of sessions they do not attend;
 * slots a pending request holds for them (self-scheduling) are forbidden too;
 * the morning is the first session when there are several; meetings are the accepted, not
 * cancelled ones; published meetings are passed on so that a re-plan keeps them in place.
 */
@Component("meetingsProblemMapping")
class ProblemMapping {

  /** The problem and the way back from its 1-based ids to database ids. */
  record Mapped(Problem problem, List<Long> meetingIds, List<Long> participantIds, List<Assignment> published) {

    long meetingId(int problemMeeting) {
      return meetingIds.get(problemMeeting - 1);
    }
  }

  private final EventDirectory events;
  private final MeetingRepository meetings;
  private final SeatBook seats;

  ProblemMapping(EventDirectory events, MeetingRepository meetings, SeatBook seats) {
    this.events = events;
    this.meetings = meetings;
    this.seats = seats;
  }

  Mapped map(long eventId) {
    EventView event = events.event(eventId);
    List<SlotView> slots = events.slots(eventId).stream().sorted(Comparator.comparingInt(SlotView::number)).toList();
    Map<Long, ParticipantView> people = events.participants(eventId).stream()
        .filter(p -> p.status() == ParticipantStatus.VALIDATED)
        .collect(Collectors.toMap(ParticipantView::id, Function.identity()));
    List<MeetingRecord> active = meetings.findByEventIdOrderByIdAsc(eventId).stream()
        .filter(m -> !m.isCancelled())
        .filter(m -> people.containsKey(m.getRequesterId()) && people.containsKey(m.getPartnerId()))
        .toList();
    Map<Long, Integer> participantIndex = new LinkedHashMap<>();
    active.stream().flatMap(m -> java.util.stream.Stream.of(m.getRequesterId(), m.getPartnerId())).sorted()
        .forEach(id -> participantIndex.putIfAbsent(id, participantIndex.size() + 1));
    Map<Long, Set<Integer>> held = seats.seatsOf(eventId).stream().filter(s -> s.getRequestId() != null)
        .collect(Collectors.groupingBy(MeetingSeatRecord::getParticipantId,
            Collectors.mapping(MeetingSeatRecord::getSlot, Collectors.toSet())));
    List<Participant> participants = new ArrayList<>();
    participantIndex.forEach((id, index) -> {
      ParticipantView p = people.get(id);
      Set<Integer> forbidden = slots.stream().filter(s -> !Partners.availableIn(p, s)).map(SlotView::number)
          .collect(Collectors.toSet());
      forbidden.addAll(held.getOrDefault(id, Set.of()));
      participants.add(new Participant(index, p.fullName(), forbidden, false));
    });
    List<Meeting> problemMeetings = new ArrayList<>();
    List<Assignment> published = new ArrayList<>();
    for (MeetingRecord m : active) {
      int id = problemMeetings.size() + 1;
      problemMeetings.add(Meeting.of(id, participantIndex.get(m.getRequesterId()),
          participantIndex.get(m.getPartnerId()), Session.ANY));
      if (m.isPublished() && m.getSlot() != null && m.getTableNo() != null) {
        published.add(new Assignment(id, m.getSlot(), m.getTableNo()));
      }
    }
    Problem problem = new Problem(event.title(), Math.max(1, slots.size()), morningSlots(slots),
        Math.max(1, event.tables()), participants, problemMeetings, List.of());
    return new Mapped(problem, active.stream().map(MeetingRecord::getId).toList(),
        List.copyOf(participantIndex.keySet()), published);
  }

  /** Slots of the first session when there are several sessions, else all slots. */
  static int morningSlots(List<SlotView> slots) {
    if (slots.isEmpty()) {
      return 1;
    }
    long sessions = slots.stream().map(SlotView::sessionId).distinct().count();
    if (sessions <= 1) {
      return slots.size();
    }
    long first = slots.get(0).sessionId();
    return (int) slots.stream().filter(s -> s.sessionId() == first).count();
  }
}
