package eu.intercluster.extraction;

/**
 * The name a theme entity is given when the text writes its concept in several ways: the fullest one, "artificial
 * intelligence" rather than "AI", "energy transition" rather than "energy", as annotators write a theme's text.
 */
final class ThemeTexts {
  private ThemeTexts() {}

  /** The text of the non-generic occurrence with the most words (the earliest among equals), or null if none. */
  static String canonical(Doc doc, Ent e) {
    Cand best = null;
    int bestWords = 0;
    for (Cand c : e.cands) {
      if (c.generic || c.reference) {
        continue;
      }
      int words = doc.slice(c.start, c.end).split("[\\s\\u00A0]+").length;
      if (best == null || words > bestWords) {
        best = c;
        bestWords = words;
      }
    }
    return best == null ? null : doc.slice(best.start, best.end);
  }
}
