package eu.intercluster.extraction.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir
  Path dir;

  @Test
  void corpusTextUsesTheSourceLine() throws Exception {
    Path f = Files.writeString(dir.resolve("a1.txt"), "SOURCE: https://example.org/n/1\nTitolo\nCorpo.\n");
    ArticleReader.Article a = ArticleReader.read(f);
    assertThat(a.docId()).isEqualTo("a1");
    assertThat(a.source()).isEqualTo("https://example.org/n/1");
    assertThat(a.body()).isEqualTo("Titolo\nCorpo.\n");
  }

  @Test
  void plainTextIsAllBody() throws Exception {
    Path f = Files.writeString(dir.resolve("plain.txt"), "Titolo\nCorpo.");
    ArticleReader.Article a = ArticleReader.read(f);
    assertThat(a.source()).isEqualTo("plain.txt");
    assertThat(a.body()).isEqualTo("Titolo\nCorpo.");
  }

  @Test
  void htmlKeepsHeadingsAndParagraphsAsLines() throws Exception {
    Path f = Files.writeString(dir.resolve("n.html"), "<html><head><title>T</title><script>x()</script></head><body>"
        + "<nav>menu</nav><h1>Accordo firmato</h1><p>La Regione Umbria ha firmato.</p><p>Secondo paragrafo.</p></body></html>");
    assertThat(ArticleReader.read(f).body())
        .isEqualTo("Accordo firmato\nLa Regione Umbria ha firmato.\nSecondo paragrafo.\n");
  }

  @Test
  void pdfTextIsExtracted() throws Exception {
    Path f = dir.resolve("n.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(50, 700);
        cs.showText("La Regione Umbria ha firmato un accordo.");
        cs.endText();
      }
      pdf.save(f.toFile());
    }
    assertThat(ArticleReader.read(f).body()).contains("La Regione Umbria ha firmato un accordo.");
  }

  @Test
  void rejectsEmptyBinaryMalformedOversizedAndUnsupportedFiles() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n ");
    Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 1, 2, 'b'});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "citt\u00e0".getBytes(StandardCharsets.ISO_8859_1));
    Path badPdf = Files.writeString(dir.resolve("bad.pdf"), "not a pdf");
    Path truncatedPdf = Files.writeString(dir.resolve("trunc.pdf"), "%PDF-1.7\n1 0 obj <<");
    Path big = Files.writeString(dir.resolve("big.txt"), "parola ".repeat(ArticleReader.MAX_TEXT_CHARS / 7 + 10));
    Path doc = Files.writeString(dir.resolve("file.docx"), "x");
    assertThatThrownBy(() -> ArticleReader.read(empty)).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    assertThatThrownBy(() -> ArticleReader.read(binary)).hasMessageContaining("bin.txt").hasMessageContaining("binary");
    assertThatThrownBy(() -> ArticleReader.read(latin1)).hasMessageContaining("latin1.txt").hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> ArticleReader.read(badPdf)).hasMessageContaining("bad.pdf").hasMessageContaining("malformed PDF");
    assertThatThrownBy(() -> ArticleReader.read(truncatedPdf)).hasMessageContaining("trunc.pdf")
        .hasMessageContaining("malformed PDF");
    assertThatThrownBy(() -> ArticleReader.read(big)).hasMessageContaining("big.txt").hasMessageContaining("too much text");
    assertThatThrownBy(() -> ArticleReader.read(doc)).hasMessageContaining("unsupported file type");
    assertThatThrownBy(() -> ArticleReader.read(dir.resolve("missing.txt"))).hasMessageContaining("missing.txt");
  }
}
