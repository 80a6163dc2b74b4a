package eu.intercluster.ecosystem;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ecosystem module.
 *
 * @param demo whether the demo dataset is loaded into an empty map on start
 * @param cli a one-shot command ({@code import} or {@code export}) run instead of serving
 */
@ConfigurationProperties("intercluster")
public record EcosystemProperties(Demo demo, Cli cli) {

  public EcosystemProperties {
    demo = demo == null ? new Demo(true) : demo;
    cli = cli == null ? new Cli(null) : cli;
  }

  /** @param loadOnFirstStart load {@code demo/ecosystem-map.json} when there is no organisation yet */
  public record Demo(boolean loadOnFirstStart) {}

  /** @param command {@code import} or {@code export}, with the file as the program argument */
  public record Cli(String command) {}
}
