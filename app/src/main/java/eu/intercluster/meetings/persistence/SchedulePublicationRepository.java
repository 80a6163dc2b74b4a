package eu.intercluster.meetings.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchedulePublicationRepository extends JpaRepository<SchedulePublicationRecord, Long> {}
