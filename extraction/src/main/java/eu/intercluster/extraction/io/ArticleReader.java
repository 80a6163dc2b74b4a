package eu.intercluster.extraction.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads .txt (UTF-8; a first line "SOURCE: x" gives the source and the rest is the body), .html (jsoup, block
 * elements become lines) and .pdf (PDFBox) files, rejecting empty, binary, oversized or malformed input.
 */
public final class ArticleReader {
  /** Largest accepted body, in characters of text. */
  public static final int MAX_TEXT_CHARS = 2 * 1024 * 1024;
  /** Largest accepted file on disk (PDFs carry more bytes than text). */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  /** A body ready for extraction. */
  public record Article(String docId, String source, String body) {}

  private ArticleReader() {}

  public static Article read(Path file) throws InputRejected {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String stem = dot < 0 ? name : name.substring(0, dot);
    if (!Files.isRegularFile(file)) {
      throw new InputRejected(file.toString(), "not a readable file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new InputRejected(file.toString(), "file too large (" + size + " bytes, limit " + MAX_FILE_BYTES + ")");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputRejected(file.toString(), "cannot read: " + e.getMessage());
    }
    Article article = switch (ext) {
      case "txt", "text" -> text(file, stem, name, bytes);
      case "html", "htm" -> html(file, stem, name, bytes);
      case "pdf" -> pdf(file, stem, name, bytes);
      default -> throw new InputRejected(file.toString(), "unsupported file type '." + ext + "' (use .txt, .html or .pdf)");
    };
    if (article.body().isBlank()) {
      throw new InputRejected(file.toString(), "empty: no text to read");
    }
    if (article.body().length() > MAX_TEXT_CHARS) {
      throw new InputRejected(file.toString(), "too much text (" + article.body().length() + " characters, limit "
          + MAX_TEXT_CHARS + ")");
    }
    return article;
  }

  /** The corpus .txt convention: an optional first line "SOURCE: x", then the body. */
  public static Article fromText(String stem, String fileName, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("SOURCE:")) {
      int nl = text.indexOf('\n');
      String source = (nl < 0 ? text.substring(7) : text.substring(7, nl)).trim();
      return new Article(stem, source.isEmpty() ? fileName : source, nl < 0 ? "" : text.substring(nl + 1));
    }
    return new Article(stem, fileName, text);
  }

  private static Article text(Path file, String stem, String name, byte[] bytes) throws InputRejected {
    return fromText(stem, name, decode(file, bytes));
  }

  private static Article html(Path file, String stem, String name, byte[] bytes) throws InputRejected {
    Document d = Jsoup.parse(decode(file, bytes));
    d.select("script, style, noscript, nav, footer, header, form, iframe").remove();
    StringBuilder b = new StringBuilder();
    String title = d.title();
    Element body = d.body();
    boolean hasH1 = body != null && !body.select("h1").isEmpty();
    if (!title.isBlank() && !hasH1) {
      b.append(title.strip()).append('\n');
    }
    if (body != null) {
      for (Element e : body.select("h1, h2, h3, h4, p, li, blockquote, td")) {
        String t = e.ownText().isBlank() && e.children().isEmpty() ? "" : e.text().strip();
        if (!t.isEmpty() && e.parents().stream().noneMatch(p -> p.is("p, li, blockquote, td"))) {
          b.append(t).append('\n');
        }
      }
      if (b.toString().isBlank()) {
        b.append(body.text());
      }
    }
    return new Article(stem, name, b.toString());
  }

  private static Article pdf(Path file, String stem, String name, byte[] bytes) throws InputRejected {
    if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      throw new InputRejected(file.toString(), "malformed PDF: missing %PDF- header");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted()) {
        throw new InputRejected(file.toString(), "encrypted PDF");
      }
      String text = new PDFTextStripper().getText(pdf);
      return new Article(stem, name, text.replace("\r\n", "\n"));
    } catch (IOException e) {
      throw new InputRejected(file.toString(), "malformed PDF: " + e.getMessage());
    }
  }

  private static String decode(Path file, byte[] bytes) throws InputRejected {
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputRejected(file.toString(), "binary content (NUL bytes), not text");
      }
      if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (bytes.length > 0 && control > bytes.length / 20) {
      throw new InputRejected(file.toString(), "binary content (control characters), not text");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputRejected(file.toString(), "malformed text: not valid UTF-8");
    }
  }
}
