package eu.intercluster.meetings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The slot and table a scheduler run proposes for one meeting. */
@Entity(name = "RunAssignmentRecord")
@Table(name = "schedule_run_assignment")
public class RunAssignmentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "run_id", nullable = false)
  private long runId;
  @Column(name = "meeting_id", nullable = false)
  private long meetingId;
  @Column(nullable = false)
  private int slot;
  @Column(name = "table_no", nullable = false)
  private int tableNo;

  protected RunAssignmentRecord() {}

  public RunAssignmentRecord(long runId, long meetingId, int slot, int tableNo) {
    this.runId = runId;
    this.meetingId = meetingId;
    this.slot = slot;
    this.tableNo = tableNo;
  }

  public long getMeetingId() { return meetingId; }
  public int getSlot() { return slot; }
  public int getTableNo() { return tableNo; }
}
