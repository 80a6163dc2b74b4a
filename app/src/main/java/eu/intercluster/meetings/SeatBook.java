package eu.intercluster.meetings;

import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.events.SlotView;
import eu.intercluster.meetings.persistence.MeetingRecord;
import eu.intercluster.meetings.persistence.MeetingSeatRecord;
import eu.intercluster.meetings.persistence.MeetingSeatRepository;
import eu.intercluster.meetings.persistence.TableBookingRecord;
import eu.intercluster.meetings.persistence.TableBookingRepository;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Seats (a participant in a slot) and tables (a table in a slot). Every write is flushed at once,
 * so that a unique-constraint clash with a concurrent booking surfaces inside the transaction.
 */
@Component("meetingsSeatBook")
class SeatBook {

  private final MeetingSeatRepository seats;
  private final TableBookingRepository tables;

  SeatBook(MeetingSeatRepository seats, TableBookingRepository tables) {
    this.seats = seats;
    this.tables = tables;
  }

  /** Slots in which the participant holds or has a seat. */
  Set<Integer> busySlots(long eventId, long participantId) {
    return seats.findByEventIdAndParticipantIdIn(eventId, List.of(participantId)).stream()
        .map(MeetingSeatRecord::getSlot).collect(Collectors.toSet());
  }

  /** Slots where both attend the session and neither has a seat or hold. */
  List<SlotView> mutualFreeSlots(List<SlotView> slots, ParticipantView a, ParticipantView b) {
    Set<Integer> busyA = busySlots(a.eventId(), a.id());
    Set<Integer> busyB = busySlots(b.eventId(), b.id());
    return slots.stream()
        .filter(s -> Partners.availableIn(a, s) && Partners.availableIn(b, s))
        .filter(s -> !busyA.contains(s.number()) && !busyB.contains(s.number()))
        .toList();
  }

  /** The lowest free table in a slot. */
  OptionalInt freeTable(EventView event, int slot) {
    Set<Integer> taken = tables.findByEventIdAndSlot(event.id(), slot).stream()
        .map(TableBookingRecord::getTableNo).collect(Collectors.toSet());
    return IntStream.rangeClosed(1, event.tables()).filter(t -> !taken.contains(t)).findFirst();
  }

  /** The first mutual free slot that also has a free table, with that table. */
  Optional<int[]> firstMutualFreeWithTable(EventView event, List<SlotView> slots, ParticipantView a,
      ParticipantView b) {
    for (SlotView slot : mutualFreeSlots(slots, a, b)) {
      OptionalInt table = freeTable(event, slot.number());
      if (table.isPresent()) {
        return Optional.of(new int[] {slot.number(), table.getAsInt()});
      }
    }
    return Optional.empty();
  }

  /** Holds the slot for both participants of a pending request. */
  void hold(long eventId, long requestId, long requesterId, long recipientId, int slot) {
    seats.saveAndFlush(MeetingSeatRecord.hold(eventId, requesterId, slot, requestId));
    seats.saveAndFlush(MeetingSeatRecord.hold(eventId, recipientId, slot, requestId));
  }

  /** Releases what a request holds (decline, cancel, expiry, acceptance). */
  void release(long requestId) {
    seats.deleteHoldsOf(requestId);
  }

  /** Books both seats and the table for a meeting. */
  void book(MeetingRecord meeting, int slot, int table) {
    seats.saveAndFlush(MeetingSeatRecord.booked(meeting.getEventId(), meeting.getRequesterId(), slot, meeting.getId()));
    seats.saveAndFlush(MeetingSeatRecord.booked(meeting.getEventId(), meeting.getPartnerId(), slot, meeting.getId()));
    tables.saveAndFlush(new TableBookingRecord(meeting.getEventId(), slot, table, meeting.getId()));
  }

  /** Frees a meeting's seats and table (cancellation, move, new schedule). */
  void unbook(long meetingId) {
    seats.deleteSeatsOf(meetingId);
    tables.deleteOf(meetingId);
  }

  List<MeetingSeatRecord> seatsOf(long eventId) {
    return seats.findByEventId(eventId);
  }

  List<TableBookingRecord> tablesOf(long eventId) {
    return tables.findByEventId(eventId);
  }
}
