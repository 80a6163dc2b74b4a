package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> texts(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void keepsHyphenatedAndMixedNamesWhole() {
    assertThat(texts("ART-ER e Clust-ER con IT4LIA al data center INFN-CNAF."))
        .contains("ART-ER", "Clust-ER", "IT4LIA", "INFN-CNAF");
  }

  @Test
  void keepsDottedAbbreviationsWhole() {
    assertThat(texts("La Rossi S.p.A. e il CL.A.N. firmano.")).contains("S.p.A.", "CL.A.N.");
  }

  @Test
  void keepsAmountsWhole() {
    assertThat(texts("beneficia di 420 milioni di investimenti e 3,5 miliardi")).contains("420 milioni", "3,5 miliardi");
  }

  @Test
  void splitsElidedArticlesButKeepsIrishStyleSurnames() {
    assertThat(texts("dell’Emilia-Romagna e l'Europa")).containsSequence("dell’", "Emilia-Romagna");
    assertThat(texts("la manager Candida D’Elia")).contains("D’Elia");
  }

  @Test
  void keepsNamesJoinedByAPlusOrAnApostropheWhole() {
    assertThat(texts("la Red I+D+i y Salud+i con madri+d")).contains("I+D+i", "Salud+i", "madri+d");
    assertThat(texts("l’agence Ker’Nova et le club Boat’Up, avec l’Agence")).contains("Ker’Nova", "Boat’Up")
        .containsSequence("l’", "Agence");
    assertThat(texts("Scuola Superiore Sant’Anna")).containsSequence("Sant’", "Anna");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Oggi a Bologna.";
    for (Token t : Tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void sentencesBreakAtFullStopsAndLinesButNotAfterInitials() {
    String text = "Titolo della notizia\nParla il direttore dell’istituto “E. Shiffer” di Mosca. Poi la sala applaude.";
    Doc doc = new Doc(text, "it");
    assertThat(doc.sentences).hasSize(3);
    assertThat(doc.slice(doc.sentence(1).start(), doc.sentence(1).end())).contains("E. Shiffer").endsWith("Mosca.");
  }
}
