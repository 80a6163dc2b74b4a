package eu.intercluster.extraction;

import java.util.Set;

/**
 * "consejera de Agricultura, Ganadería y Alimentación del Gobierno de Valdria", "Minister for Trade, Industry and
 * Tourism of Valdria": the capitalised items of an office holder's portfolio list after "de / of / for". Their commas
 * belong to the role phrase, and a body named after the list starts its own name.
 */
final class PortfolioLists {
  private static final Set<String> OF = Words.set("de", "di", "of", "du", "del", "della", "dell'", "des", "d'",
      "dello", "per", "for", "para", "pour");
  private static final Set<String> ARTICLES = Words.set("la", "el", "the", "l'", "le", "lo", "il", "las", "los", "les");
  private static final int LIST_WINDOW = 12;

  private PortfolioLists() {}

  /** Whether token k is a comma between two items of a portfolio list that goes on to its conjunction. */
  static boolean innerComma(Doc doc, int k) {
    if (k < 1 || k + 1 >= doc.tokens.size() || !doc.tokens.get(k).is(",") || !item(doc, k - 1) || !item(doc, k + 1)) {
      return false;
    }
    for (int j = k + 2; j < Math.min(doc.tokens.size() - 1, k + LIST_WINDOW); j++) {
      Token t = doc.tokens.get(j);
      if (Words.CONJUNCTIONS.contains(Words.f(t))) {
        return item(doc, j + 1) && itemAfterOffice(doc, k + 1);
      }
      if (!t.is(",") && !item(doc, j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the capitalised words from token from on are a further item of a portfolio list: a comma or conjunction
   * before them, and back over other items, "de / of / for" after an office word ("consejero", "ministra").
   */
  static boolean itemAfterOffice(Doc doc, int from) {
    if (from < 2 || !doc.tokens.get(from - 1).is(",") && !Words.CONJUNCTIONS.contains(Words.f(doc.tokens.get(from - 1)))) {
      return false;
    }
    boolean items = false;
    for (int k = from - 2, steps = 0; k >= 1 && steps < LIST_WINDOW; steps++, k--) {
      Token t = doc.tokens.get(k);
      String f = Words.f(t);
      if (OF.contains(f)) {
        return items && (office(doc, k - 1) || k >= 2 && office(doc, k - 2));
      }
      boolean separator = t.is(",") || Words.CONJUNCTIONS.contains(f) || ARTICLES.contains(f);
      if (!separator && !item(doc, k)) {
        return false;
      }
      items |= !separator;
    }
    return false;
  }

  /** Whether the capitalised words from token from on follow an office word and "de / per / for": "ministra per
   * l'Economia del Land X". */
  static boolean afterOffice(Doc doc, int from) {
    int k = from - 1;
    if (k >= 0 && ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
      k--;
    }
    return k >= 1 && OF.contains(Words.f(doc.tokens.get(k))) && (office(doc, k - 1) || k >= 2 && office(doc, k - 2));
  }

  /** A capitalised word that may be a portfolio: no acronym, body head word or part of a person's name. */
  private static boolean item(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return t.isWord() && t.isUpper() && !Norm.isAcronymLike(t.text()) && !BodyStarts.headWord(t.text())
        && !doc.coveredBy(t.start(), t.end(), Cand.PERSON);
  }

  private static boolean office(Doc doc, int k) {
    return Lexicon.INSTANCE.inSection("portfolio", doc.tokens.get(k).text());
  }
}
