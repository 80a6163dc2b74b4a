package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participant's seat in a slot, held by a pending request or taken by a booked meeting; unique
 * per (event, participant, slot) in the database.
 */
@Entity(name = "MeetingSeatRecord")
@Table(name = "meeting_seat")
public class MeetingSeatRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_id", nullable = false)
  private long eventId;
  @Column(name = "participant_id", nullable = false)
  private long participantId;
  @Column(nullable = false)
  private int slot;
  @Column(name = "request_id")
  private Long requestId;
  @Column(name = "meeting_id")
  private Long meetingId;

  protected MeetingSeatRecord() {}

  public static MeetingSeatRecord hold(long eventId, long participantId, int slot, long requestId) {
    MeetingSeatRecord seat = new MeetingSeatRecord();
    seat.eventId = eventId;
    seat.participantId = participantId;
    seat.slot = slot;
    seat.requestId = requestId;
    return seat;
  }

  public static MeetingSeatRecord booked(long eventId, long participantId, int slot, long meetingId) {
    MeetingSeatRecord seat = new MeetingSeatRecord();
    seat.eventId = eventId;
    seat.participantId = participantId;
    seat.slot = slot;
    seat.meetingId = meetingId;
    return seat;
  }

  public long getParticipantId() { return participantId; }
  public int getSlot() { return slot; }
  public Long getRequestId() { return requestId; }
  public Long getMeetingId() { return meetingId; }
}
