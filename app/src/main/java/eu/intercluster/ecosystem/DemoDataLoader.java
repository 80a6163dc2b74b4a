package eu.intercluster.ecosystem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo map (the ecosystem of the five source articles) into an empty database, once the
 * beans are ready and before the web server opens, so that no one sees an empty map meanwhile.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

  static final String DATASET = "demo/ecosystem-map.json";
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final MapTransfer transfer;
  private final EcosystemProperties properties;

  DemoDataLoader(MapTransfer transfer, EcosystemProperties properties) {
    this.transfer = transfer;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!properties.demo().loadOnFirstStart() || properties.cli().command() != null || !transfer.isEmpty()) {
      return;
    }
    try (InputStream in = new ClassPathResource(DATASET).getInputStream()) {
      ImportReport report = transfer.importJson(in);
      log.info("Demo map loaded on first start: created {}, {} relations", report.created(), report.relationsAdded());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo dataset " + DATASET, e);
    }
  }
}
