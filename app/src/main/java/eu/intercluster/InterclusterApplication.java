package eu.intercluster;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Intercluster: the ecosystem map, events, matching and reporting of a regional innovation agency. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InterclusterApplication {

  public static void main(String[] args) {
    SpringApplication.run(InterclusterApplication.class, args);
  }
}
