package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    return SentenceSplitter.split(text, tokens).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aDottedLegalFormEndsTheSentenceBeforeAnArticle() {
    assertThat(sentences("Il bando è gestito da Marenor S.p.A. Dal 2026 le imprese potranno candidarsi."))
        .containsExactly("Il bando è gestito da Marenor S.p.A.", "Dal 2026 le imprese potranno candidarsi.");
    assertThat(sentences("The pilot runs with Kestrel Analytics Ltd. The results follow in May."))
        .hasSize(2);
  }

  @Test
  void aDottedLegalFormInsideASentenceDoesNotEndIt() {
    assertThat(sentences("La Marenor S.p.A. Vela Blu ha firmato con Rossi S.r.l. e con la Regione."))
        .hasSize(1);
    assertThat(sentences("Dr. Rossi ha firmato.")).hasSize(1);
  }
}
