package eu.intercluster.extraction;

import java.util.Set;

/**
 * One capitalised word joined by "and" ends a name of two or more words: "Cassa Depositi e Prestiti", "ICEX España
 * Exportación e Inversiones", "Wageningen University &amp; Research", "Leeds Museums and Galleries", "Chamber of
 * Industry &amp; Commerce". Not when the word is a name of its own (a known place, a given name, an acronym, an
 * organisation's head word, a word the text also writes on its own: "Regione Puglia e Basilicata", "Università di
 * Pisa e CNR", "Lund University and Medivir ... Medivir"), after a place ("Regione Calabria e Unical"), when more
 * capitalised words or a connector follow it (two names in a row), or after a complete company name or a person's
 * name.
 */
final class CoordinatedNameTails {
  private static final Set<String> AND = Words.set("e", "ed", "and", "&", "y", "et", "und");

  private CoordinatedNameTails() {}

  /** The end of the name past the word after the connector at token j, or -1. */
  static int end(Doc doc, int from, int j, int limit) {
    if (j - from < 2 || j + 1 >= limit || !AND.contains(Words.f(doc.tokens.get(j)))) {
      return -1;
    }
    Token prev = doc.tokens.get(j - 1);
    Token word = doc.tokens.get(j + 1);
    if (!prev.isWord() || !prev.isUpper() || !word.isWord() || !word.isUpper() || !doc.oneSpaceBetween(j - 1, j)
        || !doc.oneSpaceBetween(j, j + 1)) {
      return -1;
    }
    if (j + 2 < limit) {
      Token after = doc.tokens.get(j + 2);
      boolean moreName = after.isWord() && after.isUpper() && doc.oneSpaceBetween(j + 1, j + 2)
          || Words.CONNECTORS.contains(Words.f(after)) || Words.ARTICLES.contains(Words.f(after));
      if (moreName) {
        return -1;
      }
    }
    Lexicon lex = Lexicon.INSTANCE;
    String w = word.text();
    if (Norm.isAcronymLike(w) || lex.isGivenName(w) || lex.inSection("org", w) || lex.inFolded("title", word.folded())
        || lex.isGivenName(doc.tokenText(from))
        || doc.coveredBy(word.start(), word.end(), Cand.WEAK) || placeAt(doc, word) || placeAt(doc, prev)
        || standsElsewhere(doc, j + 1)
        || CompanyNames.endsComplete(doc.slice(doc.tokens.get(from).start(), prev.end()))) {
      return -1;
    }
    return j + 2;
  }

  /** The word is a name of its own when the text also writes it alone, not after "and" ("Stadler ... and Stadler"). */
  private static boolean standsElsewhere(Doc doc, int k) {
    Token word = doc.tokens.get(k);
    for (int i = 1; i < doc.tokens.size(); i++) {
      Token t = doc.tokens.get(i);
      if (i != k && t.text().equals(word.text()) && !AND.contains(Words.f(doc.tokens.get(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeAt(Doc doc, Token t) {
    for (Cand c : doc.cands) {
      if (c.type == EntityType.PLACE && c.start <= t.start() && c.end >= t.end()) {
        return true;
      }
    }
    return false;
  }
}
