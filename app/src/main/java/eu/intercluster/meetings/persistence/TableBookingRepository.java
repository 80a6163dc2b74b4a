package eu.intercluster.meetings.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TableBookingRepository extends JpaRepository<TableBookingRecord, Long> {

  List<TableBookingRecord> findByEventIdAndSlot(long eventId, int slot);

  List<TableBookingRecord> findByEventId(long eventId);

  @Modifying(flushAutomatically = true)
  @Query("delete from TableBookingRecord t where t.meetingId = ?1")
  int deleteOf(long meetingId);
}
