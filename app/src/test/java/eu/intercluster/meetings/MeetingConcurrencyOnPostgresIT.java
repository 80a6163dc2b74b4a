package eu.intercluster.meetings;

import eu.intercluster.support.EnabledIfPostgres;
import eu.intercluster.support.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The parallel acceptances of {@link MeetingConcurrencyTest} against a running server on a real
 * PostgreSQL: its unique constraints, not H2's, must make double bookings impossible.
 */
@EnabledIfPostgres
@DirtiesContext
class MeetingConcurrencyOnPostgresIT extends MeetingConcurrencyTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestPostgres::url);
    registry.add("spring.datasource.username", TestPostgres::user);
    registry.add("spring.datasource.password", TestPostgres::password);
  }
}
