package eu.intercluster.agendas;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A4 documents with an embedded Unicode font (Liberation Sans, shipped inside OpenPDF), so names
 * such as "Łukasz Żółć" print as typed: the standard Helvetica covers Latin-1 only.
 */
final class PdfKit {

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);
  private static volatile BaseFont base;

  final Font title;
  final Font heading;
  final Font text;
  final Font bold;
  final Font small;

  PdfKit() {
    BaseFont font = baseFont();
    title = new Font(font, 16, Font.BOLD);
    heading = new Font(font, 12, Font.BOLD);
    text = new Font(font, 10);
    bold = new Font(font, 10, Font.BOLD);
    small = new Font(font, 8, Font.NORMAL, Color.DARK_GRAY);
  }

  private static BaseFont baseFont() {
    if (base == null) {
      try (InputStream in = PdfKit.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("font " + FONT + " is missing from the class path");
        }
        base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
            in.readAllBytes(), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return base;
  }

  /** Writes an A4 document; {@code content} adds its elements (and new pages). */
  byte[] write(String documentTitle, Consumer<Document> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    PdfWriter.getInstance(document, out);
    document.addTitle(documentTitle);
    document.addCreator("Intercluster");
    document.open();
    content.accept(document);
    document.close();
    return out.toByteArray();
  }

  Paragraph paragraph(String value, Font font) {
    Paragraph paragraph = new Paragraph(value == null ? "" : value, font);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    return table;
  }

  void header(PdfPTable table, String... labels) {
    for (String label : labels) {
      PdfPCell cell = new PdfPCell(new Phrase(label, bold));
      cell.setBackgroundColor(HEADER);
      cell.setPadding(5);
      table.addCell(cell);
    }
  }

  /** A cell of lines; null or blank lines are left out, the first is bold when asked. */
  void cell(PdfPTable table, boolean firstBold, String... lines) {
    Phrase phrase = new Phrase();
    boolean first = true;
    for (String line : lines) {
      if (line == null || line.isBlank()) {
        continue;
      }
      if (!first) {
        phrase.add(Chunk.NEWLINE);
      }
      phrase.add(new Chunk(line, first && firstBold ? bold : text));
      first = false;
    }
    PdfPCell cell = new PdfPCell(phrase);
    cell.setPadding(5);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    table.addCell(cell);
  }

  static String date(ZonedDateTime time, Locale locale) {
    return time.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale));
  }

  static String hours(ZonedDateTime start, ZonedDateTime end) {
    DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
    return start.format(hm) + (end == null ? "" : "–" + end.format(hm));
  }
}
