package eu.intercluster.extraction;

/**
 * The name a theme entity is given when the text writes its concept in several ways: the fullest term of the
 * vocabulary, "artificial intelligence" rather than "AI", as annotators write a theme's text; a longer phrase around a
 * term ("economia sostenibile basata sull'idrogeno" beside "idrogeno") does not name it.
 */
final class ThemeTexts {
  private ThemeTexts() {}

  /**
   * The text of the vocabulary term with the most words among the non-generic occurrences (the earliest among
   * equals); when none is a term of the vocabulary, the first occurrence's text; null if there is none.
   */
  static String canonical(Doc doc, Ent e) {
    Cand best = null;
    Cand first = null;
    int bestWords = 0;
    for (Cand c : e.cands) {
      if (c.generic || c.reference) {
        continue;
      }
      first = first == null ? c : first;
      String text = doc.slice(c.start, c.end);
      int words = text.split("[\\s\\u00A0]+").length;
      if (ThemeRecogniser.isTerm(Norm.fold(text)) && (best == null || words > bestWords)) {
        best = c;
        bestWords = words;
      }
    }
    Cand chosen = best != null ? best : first;
    return chosen == null ? null : doc.slice(chosen.start, chosen.end);
  }
}
