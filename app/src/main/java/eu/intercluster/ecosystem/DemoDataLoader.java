package eu.intercluster.ecosystem;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the demo map (the ecosystem of the five source articles) into an empty database. */
@Component
class DemoDataLoader implements ApplicationRunner {

  static final String DATASET = "demo/ecosystem-map.json";
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final MapTransfer transfer;
  private final EcosystemProperties properties;

  DemoDataLoader(MapTransfer transfer, EcosystemProperties properties) {
    this.transfer = transfer;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!properties.demo().loadOnFirstStart() || properties.cli().command() != null || !transfer.isEmpty()) {
      return;
    }
    try (InputStream in = new ClassPathResource(DATASET).getInputStream()) {
      ImportReport report = transfer.importJson(in);
      log.info("Demo map loaded on first start: created {}, {} relations", report.created(), report.relationsAdded());
    }
  }
}
