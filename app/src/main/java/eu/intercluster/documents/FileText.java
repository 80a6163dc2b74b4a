package eu.intercluster.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text of an uploaded file, by its extension: .txt (strict UTF-8; a first line "SOURCE: x" as in
 * the corpus files is dropped), .html (jsoup; block elements become lines, scripts and navigation are
 * dropped) and .pdf (PDFBox). Same rules as the extraction library's {@code ArticleReader}, which only
 * reads from a path and is internal to its module; this reads the bytes as received.
 */
final class FileText {

  /** Why a file cannot be read: a code for the message key and the detail in English. */
  static final class Rejected extends Exception {
    final String code;

    Rejected(String code, String detail) {
      super(detail);
      this.code = code;
    }
  }

  private FileText() {}

  static String read(String fileName, byte[] bytes) throws Rejected {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "txt", "text" -> text(decode(bytes));
      case "html", "htm" -> html(bytes);
      case "pdf" -> pdf(bytes);
      default -> throw new Rejected("unsupported", "unsupported file type " + (ext.isEmpty() ? "(no extension)"
          : "'." + ext + "'") + " (use .txt, .html or .pdf)");
    };
  }

  private static String text(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.startsWith("SOURCE:")) {
      int nl = text.indexOf('\n');
      return nl < 0 ? "" : text.substring(nl + 1);
    }
    return text;
  }

  private static String html(byte[] bytes) throws Rejected {
    checkBinary(bytes);
    Document d;
    try {
      d = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new Rejected("malformed", "malformed HTML: " + e.getMessage());
    }
    d.select("script, style, noscript, nav, footer, header, form, iframe, template").remove();
    StringBuilder b = new StringBuilder();
    Element body = d.body();
    if (!d.title().isBlank() && (body == null || body.select("h1").isEmpty())) {
      b.append(d.title().strip()).append('\n');
    }
    if (body != null) {
      for (Element e : body.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, td, th, pre")) {
        boolean nested = e.parents().stream().anyMatch(p -> p.is("p, li, blockquote, td, th, pre"));
        String t = e.text().strip();
        if (!t.isEmpty() && !nested) {
          b.append(t).append('\n');
        }
      }
      if (b.toString().isBlank()) {
        b.append(body.text());
      }
    }
    return b.toString();
  }

  private static String pdf(byte[] bytes) throws Rejected {
    if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      throw new Rejected("malformed", "malformed PDF: it does not start with %PDF-");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted()) {
        throw new Rejected("malformed", "encrypted PDF: its text cannot be read");
      }
      return new PDFTextStripper().getText(pdf);
    } catch (IOException e) {
      throw new Rejected("malformed", "malformed PDF: " + e.getMessage());
    }
  }

  private static void checkBinary(byte[] bytes) throws Rejected {
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new Rejected("binary", "binary content (NUL bytes), not text");
      }
      if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (bytes.length > 0 && control > bytes.length / 20) {
      throw new Rejected("binary", "binary content (control characters), not text");
    }
  }

  private static String decode(byte[] bytes) throws Rejected {
    checkBinary(bytes);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Rejected("malformed", "malformed text: not valid UTF-8 (save the file as UTF-8)");
    }
  }
}
