package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which written form names a theme entity. */
class ThemeTextsTest {
  private static final String BODY = "Il distretto punta su un'economia sostenibile basata sull'idrogeno. "
      + "L'idrogeno verde arriverà nel porto. AI e intelligenza artificiale sono il secondo tema.";

  private static Ent theme(Doc doc, String... texts) {
    Ent e = new Ent(EntityType.THEME, "c");
    for (String t : texts) {
      int start = doc.text.indexOf(t);
      e.cands.add(new Cand(start, start + t.length(), EntityType.THEME, null, Cand.GENERIC, "c"));
    }
    return e;
  }

  @Test
  void theFullestTermOfTheVocabularyNamesTheTheme() {
    Doc doc = new Doc(BODY, "it");
    assertThat(ThemeTexts.canonical(doc, theme(doc, "AI", "intelligenza artificiale"))).isEqualTo("intelligenza artificiale");
  }

  @Test
  void aLongerPhraseAroundATermDoesNotNameTheTheme() {
    Doc doc = new Doc(BODY, "it");
    assertThat(ThemeTexts.canonical(doc, theme(doc, "economia sostenibile basata sull'idrogeno", "idrogeno")))
        .isEqualTo("idrogeno");
  }

  @Test
  void withoutAVocabularyTermTheFirstOccurrenceNamesTheTheme() {
    Doc doc = new Doc(BODY, "it");
    assertThat(ThemeTexts.canonical(doc, theme(doc, "distretto", "economia sostenibile basata sull'idrogeno")))
        .isEqualTo("distretto");
  }
}
