package eu.intercluster.demo;

import eu.intercluster.events.EventDirectory;
import eu.intercluster.ecosystem.OrganisationFilter;
import eu.intercluster.ecosystem.OrganisationService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo event on a first start: when it is enabled, no event exists yet and the demo map
 * is there (its organisations are the event's best-known participants). Runs after the first
 * admin exists, who owns the event.
 */
@Component
@Order(10)
@EnableConfigurationProperties(DemoEventProperties.class)
class DemoEventLoader implements ApplicationRunner {

  static final String DATASET = "demo/event-emilia-romagna-catalonia.json";
  private static final Logger log = LoggerFactory.getLogger(DemoEventLoader.class);

  private final DemoEventProperties properties;
  private final EventDirectory events;
  private final OrganisationService organisations;
  private final DemoEventSeeder seeder;
  private final JsonMapper json;

  DemoEventLoader(DemoEventProperties properties, EventDirectory events,
      OrganisationService organisations, DemoEventSeeder seeder, JsonMapper json) {
    this.properties = properties;
    this.events = events;
    this.organisations = organisations;
    this.seeder = seeder;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.enabled() || !events.events().isEmpty() || !demoMapPresent()) {
      return;
    }
    DemoEventData data;
    try (InputStream in = new ClassPathResource(DATASET).getInputStream()) {
      data = json.readValue(in, DemoEventData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo event " + DATASET, e);
    }
    try {
      long eventId = seeder.seed(data, properties.schedulerSeconds());
      log.info("Demo event '{}' seeded: /events/{}", data.title(), eventId);
    } catch (RuntimeException e) {
      // The platform stays usable without its demo event.
      log.warn("Demo event not seeded: {}", e.toString(), e);
    }
  }

  private boolean demoMapPresent() {
    return organisations.search(new OrganisationFilter("Cineca", null, null, null, null),
        PageRequest.of(0, 1)).hasContent();
  }
}
