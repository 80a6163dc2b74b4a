package eu.intercluster.extraction;

/**
 * International trade fairs that are general knowledge ("Hannover Messe", "Fruit Logistica", "Arab Health"), from
 * {@code fairs.txt} ({@link Lexicon#fairs}): an EVENT of kind fair even where no event noun names it ("ten firms
 * exhibit at Gulfood").
 */
final class TradeFairs {
  private TradeFairs() {}

  /**
   * A fair's name inside a longer capitalised name ("MEDICA Tech Forum", "Fisica Medica") belongs to that name: the
   * match stands only between words that are not capitalised (a sentence's first word aside).
   */
  static boolean standsAlone(Doc doc, int start, int end) {
    int before = doc.tokenAt(start) - 1;
    if (before >= 0 && capitalisedWord(doc.tokens.get(before)) && doc.sentenceAt(doc.tokens.get(before).start())
        == doc.sentenceAt(start) && !sentenceFirst(doc, before)) {
      return false;
    }
    int after = doc.tokenFrom(end);
    return after >= doc.tokens.size() || !capitalisedWord(doc.tokens.get(after))
        || !doc.slice(end, doc.tokens.get(after).start()).equals(" ");
  }

  private static boolean capitalisedWord(Token t) {
    return t.isWord() && t.isUpper() && !Words.FUNCTION.contains(t.folded());
  }

  private static boolean sentenceFirst(Doc doc, int token) {
    return doc.sentences.get(doc.sentenceAt(doc.tokens.get(token).start())).first() == token;
  }
}
