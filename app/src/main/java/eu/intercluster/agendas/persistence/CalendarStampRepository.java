package eu.intercluster.agendas.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarStampRepository extends JpaRepository<CalendarStamp, Long> {

  List<CalendarStamp> findByMeetingIdIn(Collection<Long> meetingIds);
}
