package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingRepository;
import eu.intercluster.meetings.persistence.MeetingSeatRecord;
import eu.intercluster.meetings.persistence.TableBookingRecord;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The organiser moves one meeting by hand. Refused with the reason: a participant already has a
 * meeting (or a held request) in that slot, or the table is taken. A participant who does not
 * attend that session is a warning the organiser must confirm. The moved meeting is published and
 * both participants are told (ScheduleChanged).
 */
@Component("meetingsManualMove")
class ManualMove {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final MeetingsAccess access;
  private final MeetingRepository meetings;
  private final SeatBook seats;
  private final MeetingViews views;
  private final ApplicationEventPublisher publisher;

  ManualMove(MeetingsAccess access, MeetingRepository meetings, SeatBook seats, MeetingViews views,
      ApplicationEventPublisher publisher) {
    this.access = access;
    this.meetings = meetings;
    this.seats = seats;
    this.views = views;
    this.publisher = publisher;
  }

  MoveResult move(long eventId, long meetingId, int slotNumber, int table, boolean confirm) {
    MeetingRecord meeting = meetings.findById(meetingId).filter(m -> m.getEventId() == eventId)
        .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    if (meeting.isCancelled()) {
      throw new ConflictException("meeting-cancelled", "Meeting " + meetingId + " is cancelled", List.of());
    }
    EventView event = access.event(eventId);
    SlotView slot = access.slots(eventId).stream().filter(s -> s.number() == slotNumber).findFirst()
        .orElseThrow(() -> new InvalidInputException("slot", "there is no slot " + slotNumber));
    if (table < 1 || table > event.tables()) {
      throw new InvalidInputException("table", "must be between 1 and " + event.tables());
    }
    ParticipantView first = access.participantOfEvent(eventId, meeting.getRequesterId());
    ParticipantView second = access.participantOfEvent(eventId, meeting.getPartnerId());
    String when = "slot " + slotNumber + " (" + TIME.format(slot.start().withZoneSameInstant(event.zone())) + ")";
    for (MeetingSeatRecord seat : seats.seatsOf(eventId)) {
      boolean ours = Objects.equals(seat.getMeetingId(), meetingId);
      if (!ours && seat.getSlot() == slotNumber && meeting.involves(seat.getParticipantId())) {
        String who = seat.getParticipantId() == first.id() ? first.fullName() : second.fullName();
        throw new ConflictException("participant-busy", who + " already has "
            + (seat.getMeetingId() != null ? "meeting " + seat.getMeetingId() : "a pending request holding")
            + " in " + when, List.of(who));
      }
    }
    for (TableBookingRecord booking : seats.tablesOf(eventId)) {
      if (booking.getSlot() == slotNumber && booking.getTableNo() == table && booking.getMeetingId() != meetingId) {
        throw new ConflictException("table-taken", "Table " + table + " is taken in " + when
            + " by meeting " + booking.getMeetingId(), List.of(String.valueOf(booking.getMeetingId())));
      }
    }
    List<String> warnings = new ArrayList<>();
    for (ParticipantView p : List.of(first, second)) {
      if (!Partners.availableIn(p, slot)) {
        warnings.add(p.fullName() + " is not available in the session " + slot.sessionName());
      }
    }
    if (!warnings.isEmpty() && !confirm) {
      throw new InvalidInputException("confirm", String.join("; ", warnings) + "; tick confirm to move anyway");
    }
    seats.unbook(meetingId);
    seats.book(meeting, slotNumber, table);
    meeting.place(slotNumber, table, true, Instant.now());
    meetings.saveAndFlush(meeting);
    publisher.publishEvent(new ScheduleChanged(eventId, Set.of(meeting.getRequesterId(), meeting.getPartnerId())));
    return new MoveResult(views.view(meeting), warnings);
  }
}
