package eu.intercluster.ecosystem;

import eu.intercluster.system.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./intercluster import FILE} and {@code ./intercluster export FILE}: runs once against the
 * configured database, prints the outcome and ends the process (exit 0, or 2 for a rejected file).
 * A {@code .csv} file holds organisations; anything else is a map JSON document.
 */
@Component
class MapCommandLine implements ApplicationRunner {

  private final MapTransfer transfer;
  private final EcosystemProperties properties;
  private final ConfigurableApplicationContext context;

  MapCommandLine(MapTransfer transfer, EcosystemProperties properties, ConfigurableApplicationContext context) {
    this.transfer = transfer;
    this.properties = properties;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    String command = properties.cli().command();
    if (command == null) {
      return;
    }
    int code = execute(command, args.getNonOptionArgs());
    System.exit(SpringApplication.exit(context, () -> code));
  }

  int execute(String command, List<String> files) {
    if (files.size() != 1 || !List.of("import", "export").contains(command)) {
      System.err.println("usage: ./intercluster import FILE | ./intercluster export FILE  (FILE .json or .csv)");
      return 2;
    }
    Path file = Path.of(files.get(0));
    boolean csv = file.getFileName().toString().toLowerCase().endsWith(".csv");
    try {
      if (command.equals("export")) {
        try (OutputStream out = Files.newOutputStream(file)) {
          if (csv) {
            var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            transfer.exportOrganisationsCsv(writer);
            writer.flush();
          } else {
            transfer.writeJson(out);
          }
        }
        System.out.println("exported the map to " + file);
        return 0;
      }
      ImportReport report;
      try (InputStream in = Files.newInputStream(file)) {
        report = csv ? transfer.importOrganisationsCsv(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
            : transfer.importJson(in);
      }
      System.out.println("imported " + file + ": created " + report.created() + ", updated " + report.updated()
          + ", relations added " + report.relationsAdded());
      return 0;
    } catch (InvalidInputException e) {
      System.err.println("rejected " + file + ", nothing was written:");
      e.problems().forEach(p -> System.err.println("  " + p.field() + ": " + p.message()));
      return 2;
    } catch (IOException e) {
      System.err.println("cannot " + command + " " + file + ": " + e.getMessage());
      return 2;
    }
  }
}
