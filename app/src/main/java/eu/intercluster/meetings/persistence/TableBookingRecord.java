package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table taken in a slot by a booked meeting; unique per (event, slot, table) in the database. */
@Entity(name = "TableBookingRecord")
@Table(name = "table_booking")
public class TableBookingRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_id", nullable = false)
  private long eventId;
  @Column(nullable = false)
  private int slot;
  @Column(name = "table_no", nullable = false)
  private int tableNo;
  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  protected TableBookingRecord() {}

  public TableBookingRecord(long eventId, int slot, int tableNo, long meetingId) {
    this.eventId = eventId;
    this.slot = slot;
    this.tableNo = tableNo;
    this.meetingId = meetingId;
  }

  public int getSlot() { return slot; }
  public int getTableNo() { return tableNo; }
  public long getMeetingId() { return meetingId; }
}
