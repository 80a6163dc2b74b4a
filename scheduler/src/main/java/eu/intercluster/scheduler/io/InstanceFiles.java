package eu.intercluster.scheduler.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads an instance from a {@code .dzn} or a JSON problem file, by extension. */
public final class InstanceFiles {

  private InstanceFiles() {}

  public static Instance load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    String fileName = file.getFileName().toString();
    try {
      if (fileName.endsWith(".dzn")) {
        String name = fileName.substring(0, fileName.length() - 4);
        return new Instance(new DznReader().read(name, text), java.util.List.of());
      }
      if (fileName.endsWith(".json")) {
        return new ProblemJson().read(fileName.substring(0, fileName.length() - 5), text);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(file + ": unknown format, expected a .dzn or .json file");
  }

  public static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
