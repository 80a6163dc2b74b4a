package eu.intercluster.scheduler.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine the benchmark runs on. */
final class MachineInfo {

  private MachineInfo() {}

  static String describe() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (Exception e) {
      // not Linux: keep the generic label
    }
    return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM, "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, Java "
        + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
        + System.getProperty("os.arch");
  }
}
