package eu.intercluster.outcomes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The statistics sections as CSV (section, item, value) and as XLSX (one sheet per section). */
final class StatsExport {

  private StatsExport() {}

  static String csv(List<StatsSections.Section> sections) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      printer.printRecord("section", "item", "value");
      for (StatsSections.Section section : sections) {
        for (StatsSections.Row row : section.rows()) {
          printer.printRecord(section.key(), row.label(), row.value());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static byte[] xlsx(String eventTitle, List<StatsSections.Section> sections) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "Intercluster", "1.0")) {
      Set<String> names = new HashSet<>();
      for (StatsSections.Section section : sections) {
        Worksheet sheet = workbook.newWorksheet(sheetName(section.title(), names));
        sheet.value(0, 0, eventTitle);
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, section.title());
        sheet.style(1, 0).bold().set();
        int r = 2;
        for (StatsSections.Row row : section.rows()) {
          sheet.value(r, 0, row.label());
          if (row.value() instanceof Number number) {
            sheet.value(r, 1, number);
          } else {
            sheet.value(r, 1, String.valueOf(row.value()));
          }
          r++;
        }
        sheet.width(0, 40);
        sheet.width(1, 14);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
  private static String sheetName(String title, Set<String> used) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    name = name.length() > 28 ? name.substring(0, 28) : name;
    String unique = name;
    for (int i = 2; !used.add(unique.toLowerCase()); i++) {
      unique = name + " " + i;
    }
    return unique;
  }
}
