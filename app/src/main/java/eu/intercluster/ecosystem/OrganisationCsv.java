package eu.intercluster.ecosystem;

import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Organisations as CSV, converted to and from the map format (so CSV import shares its checks). */
final class OrganisationCsv {

  static final String[] HEADER = {"key", "name", "acronym", "aliases", "kind", "country", "region", "city",
      "website", "description", "themes"};

  private OrganisationCsv() {}

  static void write(List<MapDocument.OrganisationRecord> organisations, Writer out) {
    try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
      for (var o : organisations) {
        printer.printRecord(o.key(), o.name(), o.acronym(), String.join("|", o.aliases()), o.kind(), o.country(),
            o.region(), o.city(), o.website(), o.description(), String.join("|", o.themes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the CSV; problems are named {@code line N: column}. Structural problems (a missing
   * header column, a malformed line) are thrown at once.
   */
  static List<MapDocument.OrganisationRecord> read(Reader csv) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = format.parse(csv)) {
      List<String> missing = Arrays.stream(HEADER).filter(h -> !h.equals("key"))
          .filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
      if (!parser.getHeaderMap().containsKey("name") || !parser.getHeaderMap().containsKey("kind")) {
        throw new InvalidInputException("line 1", "the header must name at least the columns name and kind; missing: " + missing);
      }
      List<MapDocument.OrganisationRecord> records = new ArrayList<>();
      for (CSVRecord row : parser) {
        records.add(new MapDocument.OrganisationRecord(get(row, "key"), get(row, "name"), get(row, "acronym"),
            split(get(row, "aliases")), get(row, "kind"), get(row, "country"), get(row, "region"),
            get(row, "city"), get(row, "website"), get(row, "description"),
            new LinkedHashSet<>(split(get(row, "themes")))));
      }
      return records;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InvalidInputException("csv", "the file is not valid CSV: " + e.getMessage());
    }
  }

  /** Turns "$.organisations[4].kind" into "line 6: kind" (header is line 1). */
  static FieldProblem toLine(FieldProblem problem) {
    var matcher = java.util.regex.Pattern.compile("^\\$\\.organisations\\[(\\d+)]\\.?(.*)$").matcher(problem.field());
    if (!matcher.matches()) {
      return problem;
    }
    int line = Integer.parseInt(matcher.group(1)) + 2;
    String column = matcher.group(2).isEmpty() ? "row" : matcher.group(2);
    return new FieldProblem("line " + line + ": " + column, problem.message());
  }

  private static String get(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String value = row.get(column);
    return value == null || value.isBlank() ? null : value;
  }

  private static List<String> split(String value) {
    return value == null ? List.of()
        : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
