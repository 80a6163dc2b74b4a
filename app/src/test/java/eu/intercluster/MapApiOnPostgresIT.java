package eu.intercluster;

import eu.intercluster.support.EnabledIfPostgres;
import eu.intercluster.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same checks on a real PostgreSQL: the Flyway migrations, the demo load, search and import. */
@EnabledIfPostgres
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "intercluster.demo.load-on-first-start=true")
@DirtiesContext
class MapApiOnPostgresIT extends MapApiChecks {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestPostgres::url);
    registry.add("spring.datasource.username", TestPostgres::user);
    registry.add("spring.datasource.password", TestPostgres::password);
  }
}
